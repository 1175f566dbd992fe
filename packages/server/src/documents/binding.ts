import { catalogSpec, type CatalogEntry } from './catalog.js';
import { firstPageNumbers, mergePdfs, pageCounts } from './merge.js';
import { renderPdf } from './pdf.js';
import { stampPageNumbers } from './stamp.js';

/** One item of a bound volume: its PDF (rendered or uploaded) and its catalog line without 页数/页号. */
export interface VolumeItem {
  pdf: Uint8Array;
  entry: Omit<CatalogEntry, 'pageCount' | 'firstPage'>;
}

export interface VolumeInput {
  /** The catalog's title, e.g. "办公厅第一党支部 2026 年组织生活档案卷内目录". */
  catalogTitle: string;
  /** 全宗名称、年度、保管期限. */
  catalogSubtitle?: string;
  /** Organ and branch, printed atop the catalog pages. */
  runningHeader?: string;
  items: VolumeItem[];
  /** Stamp 页号 on the top-right of every item page (default true). */
  stampPages?: boolean;
}

export interface BoundVolume {
  /** Catalog pages first, then every item's pages in order. */
  pdf: Buffer;
  /** The catalog lines with 页数 and 页号 filled in: the same data for `catalogFiles` (docx/xlsx beside it). */
  entries: CatalogEntry[];
  /** How many pages the catalog itself takes at the front. */
  catalogPages: number;
}

/**
 * Binds items into one volume (合订) behind its 卷内目录. Page numbering convention: 页号 count the items' pages
 * from 1, as archive pages are numbered; the catalog in front is not counted. Items of 2, 3 and 1 pages thus start
 * on 页号 1, 3 and 6, and — when stamped — those are the numbers printed on the pages.
 */
export async function bindVolume(input: VolumeInput): Promise<BoundVolume> {
  const parts = input.items.map((item) => item.pdf);
  const counts = await pageCounts(parts);
  const firsts = firstPageNumbers(counts);
  const entries: CatalogEntry[] = input.items.map((item, i) => ({
    ...item.entry,
    pageCount: counts[i],
    firstPage: firsts[i],
  }));

  const catalog = await renderPdf(
    catalogSpec({ title: input.catalogTitle, subtitle: input.catalogSubtitle, runningHeader: input.runningHeader, entries }),
  );
  const [catalogPages = 0] = await pageCounts([catalog]);
  const merged = await mergePdfs([catalog, ...parts]);
  const pdf = input.stampPages === false ? merged : await stampPageNumbers(merged, { skip: catalogPages, start: 1 });
  return { pdf, entries, catalogPages };
}
