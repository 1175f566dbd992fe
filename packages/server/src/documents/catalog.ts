import { writeDocxTable } from './docx.js';
import type { OfficeColumn } from './officeTable.js';
import type { DocSpec } from './spec.js';
import { table } from './spec.js';
import { writeXlsxTable } from './xlsx.js';

/**
 * The 卷内目录 (catalog of a bound volume): the columns of DA/T 22-2015's 归档文件目录 (forms.md §9a) plus 页号,
 * the item's first page in the volume (contracts §6). 序号 is the item's position, counted here.
 */
export interface CatalogEntry {
  /** 档号, e.g. `Z001-WS·2026-Y-ZZ-0001`. */
  archiveCode?: string;
  /** 文号, e.g. `X党支〔2026〕3号`. */
  docNumber?: string;
  /** 责任者: who made the document (the branch, its committee, …). */
  responsible?: string;
  /** 题名; a title made up for an untitled item is given in [ ] by the caller. */
  title: string;
  /** 日期 `YYYY-MM-DD` or already as DA/T 22's 8 digits `20260315`. */
  date?: string;
  /** 密级; blank when not classified. */
  secrecy?: string;
  /** 页数. */
  pageCount?: number;
  /** 页号: first page of the item in the volume. */
  firstPage?: number;
  /** 备注. */
  note?: string;
}

export interface CatalogInput {
  /** e.g. "办公厅第一党支部 2026 年组织生活档案卷内目录". */
  title: string;
  /** 全宗名称、年度、保管期限, printed under the title. */
  subtitle?: string;
  entries: CatalogEntry[];
}

/**
 * Column widths in characters at 9 pt. The catalog is set on A4 landscape, as DA/T 22 目录 usually are: ten columns
 * with a long 档号 do not fit a portrait page without wrapping every line.
 */
export const CATALOG_COLUMNS: OfficeColumn[] = [
  { header: '序号', width: 2.5, align: 'center' },
  { header: '档号', width: 9, align: 'center' },
  { header: '文号', width: 9, align: 'center' },
  // a branch's full name with its 党小组 runs to 20 characters and more: two lines, not three
  { header: '责任者', width: 14, align: 'center' },
  { header: '题名', width: 23 },
  { header: '日期', width: 5, align: 'center' },
  { header: '密级', width: 3, align: 'center' },
  { header: '页数', width: 3, align: 'center' },
  { header: '页号', width: 3, align: 'center' },
  { header: '备注', width: 6 },
];

/** DA/T 22-2015 writes dates as 8 digits: `2026-03-15` → `20260315`. */
export function archiveDate(date: string | undefined): string {
  if (!date) return '';
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.replaceAll('-', '') : date;
}

/** The catalog's cells in column order; 序号, 页数 and 页号 stay numbers for Excel. */
export function catalogRows(entries: CatalogEntry[]): Array<Array<string | number | undefined>> {
  return entries.map((e, i) => [
    i + 1,
    e.archiveCode,
    e.docNumber,
    e.responsible,
    e.title,
    archiveDate(e.date),
    e.secrecy,
    e.pageCount,
    e.firstPage,
    e.note,
  ]);
}

/** Printed forms strike blank fields through (forms.md writing rule). */
const EMPTY = '—';
const FONT_SIZE = 9;

/** The catalog as a Word document and an Excel workbook, to file beside the volume (`…-目录.docx`, `…-目录.xlsx`). */
export async function catalogFiles(input: CatalogInput): Promise<{ docx: Buffer; xlsx: Buffer }> {
  const shared = {
    title: input.title,
    subtitle: input.subtitle,
    columns: CATALOG_COLUMNS,
    rows: catalogRows(input.entries),
    fontSize: FONT_SIZE,
    emptyMark: EMPTY,
    orientation: 'landscape' as const,
  };
  const [docx, xlsx] = await Promise.all([writeDocxTable(shared), writeXlsxTable({ ...shared, sheet: '卷内目录' })]);
  return { docx, xlsx };
}

/** PDF column widths in points (A4 landscape, 9 pt): 档号, 8-digit dates and 3-digit page numbers fit on one line. */
// 责任者 takes a branch's full name with its 党小组 (26 characters) on two lines, not three
const PDF_WIDTHS: Array<number | '*'> = [24, 96, 76, 120, '*', 46, 28, 28, 28, 60];

/** The catalog as a PDF document spec, the first pages of a bound volume. */
export function catalogSpec(input: CatalogInput & { runningHeader?: string }): DocSpec {
  return {
    title: input.title,
    subtitle: input.subtitle,
    orientation: 'landscape',
    runningHeader: input.runningHeader,
    // The catalog's own pages are not counted in the volume's 页号, so they carry no page numbers either.
    pageNumbers: false,
    blocks: [
      table(
        CATALOG_COLUMNS.map((c, i) => ({ header: c.header, width: PDF_WIDTHS[i], align: c.align })),
        catalogRows(input.entries),
        { fontSize: FONT_SIZE, emptyMark: EMPTY },
      ),
    ],
  };
}
