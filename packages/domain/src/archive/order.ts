import { ARCHIVE_CATEGORY_BY_KEY, type ArchiveCategoryKey } from './categories.js';

/**
 * The order of a bound volume's items (issue 7 §1–2): the category's kinds in the order the standard lists them;
 * inside a kind, the items made from records first and the uploads after them ("records first, uploads second"),
 * each group by date (undated last) and then in the order given. Items of a kind the category does not list go last.
 */
export interface OrderableItem {
  kind: string;
  source: 'record' | 'upload';
  /** `YYYY-MM-DD`; blank sorts after every date */
  date?: string | null;
}

export function orderVolumeItems<T extends OrderableItem>(category: ArchiveCategoryKey, items: readonly T[]): T[] {
  const kinds = ARCHIVE_CATEGORY_BY_KEY.get(category)?.items ?? [];
  const rank = new Map(kinds.map((k, i) => [k.key, i]));
  const at = (k: string) => rank.get(k) ?? kinds.length;
  return items
    .map((item, i) => ({ item, i }))
    .sort(
      (a, b) =>
        at(a.item.kind) - at(b.item.kind) ||
        (a.item.source === b.item.source ? 0 : a.item.source === 'record' ? -1 : 1) ||
        (a.item.date || '\uffff').localeCompare(b.item.date || '\uffff') ||
        a.i - b.i,
    )
    .map((x) => x.item);
}

/** LED-1's files (contracts §6): `LED-1-会议记录本.pdf` for the branch's book, `LED-1-会议记录本-<组名>.pdf` per 党小组. */
export const recordBookFileName = (groupName?: string | null): string => `LED-1-会议记录本${groupName?.trim() ? `-${groupName.trim().replace(/[\\/:*?"<>|]/g, '_')}` : ''}.pdf`;

/** LED-8's file (contracts §6): every member's 党费证 of the year, one after another. */
export const DUES_CARDS_FILE_NAME = 'LED-8-党费证.pdf';
