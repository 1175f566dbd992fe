import type { CellValue } from './text.js';

/**
 * A document described as data, independent of pdfmake: modules build a `DocSpec` with the helpers below and
 * hand it to `renderPdf`. Keeping pdfmake's large definition type out of the modules keeps every form looking alike
 * and lets the renderer change without touching them.
 */
export interface DocSpec {
  /** Printed at the top of the first page and stored as the PDF's title. */
  title: string;
  /** A line under the title (截至日期, period, …). */
  subtitle?: string;
  orientation?: 'portrait' | 'landscape';
  /** Printed at the top of every page, e.g. the organ and branch name. */
  runningHeader?: string;
  /** "第 N 页 / 共 M 页" at the foot of every page; on unless set to false. */
  pageNumbers?: boolean;
  /** Base font size in points (default 10.5, 五号). */
  fontSize?: number;
  blocks: Block[];
}

export type Align = 'left' | 'center' | 'right';

export interface TableColumn {
  header: string;
  /** Points, `'*'` for a share of the remaining width, or `'auto'` to fit the content. */
  width?: number | '*' | 'auto';
  align?: Align;
}

export interface HeadingBlock {
  kind: 'heading';
  text: string;
  level: 1 | 2 | 3;
  /** Listed in the document's catalog (目录) with its page number. */
  inCatalog: boolean;
}
export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  align?: Align;
}
export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: CellValue[][];
  /** Font size of the table in points; defaults to the document's. */
  fontSize?: number;
  /** What a blank cell prints; forms.md's rule "—" unless given. */
  emptyMark?: string;
}
export interface KeyValueBlock {
  kind: 'keyValue';
  pairs: Array<[label: string, value: CellValue]>;
  /** Pairs side by side per row (default 2). */
  perRow?: number;
}
export interface SignaturesBlock {
  kind: 'signatures';
  /** e.g. `['主持人签字', '记录人签字']`: each prints "主持人签字：＿＿＿＿" with room to sign by hand. */
  labels: string[];
}
export interface CatalogBlock {
  kind: 'catalog';
  title: string;
}
export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | TableBlock
  | KeyValueBlock
  | SignaturesBlock
  | CatalogBlock
  | PageBreakBlock;

export const heading = (text: string, opts: { level?: 1 | 2 | 3; inCatalog?: boolean } = {}): HeadingBlock => ({
  kind: 'heading',
  text,
  level: opts.level ?? 1,
  inCatalog: opts.inCatalog ?? true,
});

export const paragraph = (text: string, align?: Align): ParagraphBlock => ({ kind: 'paragraph', text, align });

export const table = (
  columns: TableColumn[],
  rows: CellValue[][],
  opts: { fontSize?: number; emptyMark?: string } = {},
): TableBlock => ({ kind: 'table', columns, rows, ...opts });

export const keyValue = (pairs: KeyValueBlock['pairs'], perRow = 2): KeyValueBlock => ({
  kind: 'keyValue',
  pairs,
  perRow,
});

export const signatures = (...labels: string[]): SignaturesBlock => ({ kind: 'signatures', labels });

/** The catalog (目录) of the headings marked `inCatalog`, with the page each starts on. */
export const catalog = (title = '目录'): CatalogBlock => ({ kind: 'catalog', title });

export const pageBreak = (): PageBreakBlock => ({ kind: 'pageBreak' });
