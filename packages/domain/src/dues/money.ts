/** Money of the 党费 module: integer fen everywhere (glossary: fen), yuan strings only at the edges. */

/** `'3000.01'` → 300001; null for anything else than a non-negative amount with at most 2 decimals. */
export function parseYuanToFen(raw: string): number | null {
  const s = raw.trim().replace(/,/g, '');
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Why a yuan amount is refused (a Chinese message), or null. */
export function yuanProblem(raw: string, label: string): string | null {
  const s = raw.trim();
  if (s === '') return `请填写${label}`;
  if (/^[-−－]/.test(s)) return `${label}不能为负数：${raw}`;
  if (/^\d+\.\d{3,}$/.test(s)) return `${label}最多两位小数（精确到分）：${raw}`;
  if (parseYuanToFen(s) === null) return `${label}应为金额数字（元，最多两位小数），如 3000.00：${raw}`;
  return null;
}

/** 300001 → `'3000.01'`. */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(Math.round(fen));
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** The rounding unit of dues amounts (R-DUES-3; parameter `dues.roundingUnit`). */
export type RoundingUnit = 'fen' | 'jiao' | 'yuan';
export const ROUNDING_FEN: Record<RoundingUnit, number> = { fen: 1, jiao: 10, yuan: 100 };

/** `numerator / denominator` fen, rounded half up to the unit (both non-negative integers). */
export function roundHalfUp(numerator: number, denominator: number, unit: RoundingUnit = 'fen'): number {
  const d = denominator * ROUNDING_FEN[unit];
  return Math.floor((2 * numerator + d) / (2 * d)) * ROUNDING_FEN[unit];
}
