import type { CalendarDate } from '../time/calendarDate.js';

/**
 * The 卷内文件目录 of a bound volume (forms.md §9b: 序号、文号、责任者、题名、日期、页号、备注) and where each item
 * falls in it. Pages are numbered archive-style: the cover and the catalog come first, unnumbered, and the items'
 * pages are numbered from 1, so an item's 页号 is the same whatever the catalog's length.
 */

export interface ArchiveItem {
  /** the item's own title, if it has one (a meeting record's title, an upload's 题名) */
  title: string | null;
  /** the kind's label, used (in [ ]) when the item has no title of its own (DA/T 22: 自拟标题外加"[ ]") */
  kindLabel: string;
  date: CalendarDate | null;
  /** 文号 */
  docNo: string | null;
  /** 责任者: the body responsible (the branch, the 机关党委, a higher committee) */
  responsible: string | null;
  /** pages the item takes in the volume (≥ 1) */
  pages: number;
  note: string | null;
}

export interface CatalogRow {
  seq: number;
  docNo: string;
  responsible: string;
  title: string;
  /** 8 digits, as the catalog prints dates (20240315) */
  date: string;
  /** `3` or `3-5` */
  pageRange: string;
  firstPage: number;
  lastPage: number;
  note: string;
}

export interface VolumeLayout {
  /** the cover and the catalog: pages before page 1 */
  frontPages: number;
  catalogPages: number;
  rows: CatalogRow[];
  /** numbered pages (the items') */
  itemPages: number;
}

/** `2026-03-15` → `20260315`; no date → ''. */
export const catalogDate = (d: CalendarDate | null): string => (d ? d.replaceAll('-', '') : '');

/** The item's 题名: its own title, or the kind's label in brackets when it has none. */
export const catalogTitle = (i: Pick<ArchiveItem, 'title' | 'kindLabel'>): string => (i.title?.trim() ? i.title.trim() : `[${i.kindLabel}]`);

export function layoutVolume(items: readonly ArchiveItem[], opts: { coverPages: number; rowsPerCatalogPage: number }): VolumeLayout {
  if (opts.rowsPerCatalogPage < 1) throw new Error('rowsPerCatalogPage must be at least 1');
  const catalogPages = Math.max(1, Math.ceil(items.length / opts.rowsPerCatalogPage));
  let next = 1;
  const rows = items.map((item, i): CatalogRow => {
    if (!Number.isInteger(item.pages) || item.pages < 1) throw new Error(`item ${i + 1} has no pages`);
    const firstPage = next;
    const lastPage = next + item.pages - 1;
    next = lastPage + 1;
    return {
      seq: i + 1,
      docNo: item.docNo ?? '',
      responsible: item.responsible ?? '',
      title: catalogTitle(item),
      date: catalogDate(item.date),
      pageRange: firstPage === lastPage ? String(firstPage) : `${firstPage}-${lastPage}`,
      firstPage,
      lastPage,
      note: item.note ?? '',
    };
  });
  return { frontPages: opts.coverPages + catalogPages, catalogPages, rows, itemPages: next - 1 };
}
