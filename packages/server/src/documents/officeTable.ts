import type { CellValue } from './text.js';

/** A column of a Word or Excel table. */
export interface OfficeColumn {
  header: string;
  /** Width in Chinese characters at body size; the writers convert it to twips or Excel units. */
  width?: number;
  align?: 'left' | 'center' | 'right';
}

/** A titled table, the shape shared by `writeDocxTable` and `writeXlsxTable`. */
export interface OfficeTable {
  title?: string;
  /** A line under the title (全宗名称、年度、截至日期, …). */
  subtitle?: string;
  columns: OfficeColumn[];
  rows: CellValue[][];
  orientation?: 'portrait' | 'landscape';
  /** Body font size in points (default 10.5, 五号). */
  fontSize?: number;
  /** What a blank cell shows; "—" by forms.md's rule for printed forms, '' for data exports. */
  emptyMark?: string;
}

/** Default column width in characters when a column gives none. */
export const DEFAULT_WIDTH = 8;
