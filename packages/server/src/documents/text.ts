/** A table cell as callers hand it in: plain data, already formatted for print (masked ID numbers, dates, …). */
export type CellValue = string | number | null | undefined;

/** What an empty field prints as: forms.md's writing rule says a printed form leaves no field blank, it strikes "—". */
export const EMPTY_MARK = '—';

/** The printed text of one cell: numbers as written, blank or whitespace-only values as `placeholder`. */
export function cellText(value: CellValue, placeholder: string = EMPTY_MARK): string {
  if (value === null || value === undefined) return placeholder;
  const text = typeof value === 'number' ? String(value) : value;
  return text.trim() === '' ? placeholder : text;
}

/** `2026-11-24` → `2026年11月24日`; anything else (already written out, or partial) is returned unchanged. */
export function chineseDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}
