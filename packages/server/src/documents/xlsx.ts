import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { DEFAULT_WIDTH, type OfficeColumn, type OfficeTable } from './officeTable.js';
import type { CellValue } from './text.js';

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * Excel's width unit is one "0" of 11 pt Calibri (7 px); a Chinese character of `size` pt is size × 4/3 px wide.
 * One unit more leaves room for the cell's padding.
 */
const excelWidth = (c: OfficeColumn, size: number) => ((c.width ?? DEFAULT_WIDTH) * size * 4) / 3 / 7 + 1;

/** Chinese Excel and WPS have 宋体; naming it keeps CJK text from falling back to a Latin font's metrics. */
const FONT_NAME = '宋体';

/** Excel refuses sheet names over 31 characters or containing : \ / ? * [ ]. */
export function sheetName(name: string): string {
  const clean = name.replace(/[:\\/?*[\]]/g, '_').trim();
  return (clean || 'Sheet1').slice(0, 31);
}

/** A cell's value as stored: numbers stay numbers (sums and sorting work), blanks become `emptyMark` or nothing. */
function stored(value: CellValue, emptyMark: string): string | number | null {
  if (typeof value === 'number') return value;
  if (value === null || value === undefined || value.trim() === '') return emptyMark === '' ? null : emptyMark;
  return value;
}

/**
 * An .xlsx with one titled, ruled table: header row bold and frozen, repeated on every printed page, A4 fitted to
 * the page width. Blank cells stay empty unless `emptyMark` is given (printed forms pass "—").
 */
export async function writeXlsxTable(input: OfficeTable & { sheet: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '支部标准化';
  const ws = workbook.addWorksheet(sheetName(input.sheet), {
    pageSetup: {
      paperSize: 9, // A4
      orientation: input.orientation ?? 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C第 &P 页 / 共 &N 页' },
  });
  const fontSize = input.fontSize ?? 10.5;
  ws.columns = input.columns.map((c) => ({ width: excelWidth(c, fontSize) }));
  const lastCol = input.columns.length;

  let headerRow = 1;
  if (input.title) {
    const row = ws.addRow([input.title]);
    ws.mergeCells(row.number, 1, row.number, lastCol);
    row.font = { name: FONT_NAME, bold: true, size: 16 };
    row.alignment = { horizontal: 'center', vertical: 'middle' };
    row.height = 28;
    headerRow++;
  }
  if (input.subtitle) {
    const row = ws.addRow([input.subtitle]);
    ws.mergeCells(row.number, 1, row.number, lastCol);
    row.font = { name: FONT_NAME, size: fontSize };
    row.alignment = { horizontal: 'center' };
    headerRow++;
  }

  const header = ws.addRow(input.columns.map((c) => c.header));
  header.eachCell((cell) => {
    cell.font = { name: FONT_NAME, bold: true, size: fontSize };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
  });

  for (const values of input.rows) {
    const row = ws.addRow(input.columns.map((_, i) => stored(values[i], input.emptyMark ?? '')));
    for (let i = 1; i <= lastCol; i++) {
      const cell = row.getCell(i);
      cell.font = { name: FONT_NAME, size: fontSize };
      cell.alignment = { horizontal: input.columns[i - 1]?.align ?? 'left', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
    }
  }

  ws.views = [{ state: 'frozen', ySplit: headerRow }];
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export interface XlsxStream {
  /** Appends one row; it is written out at once, so memory stays flat however many rows follow. */
  addRow(values: CellValue[]): void;
  /** Writes the end of the file and waits until the output has it all. */
  finish(): Promise<void>;
}

/**
 * A streaming .xlsx writer for big exports (10,000 people, a year of records): rows go to `output` as they are added
 * instead of being held in a workbook. One sheet, a bold frozen header row, numbers kept as numbers.
 */
export function createXlsxStream(opts: { output: Writable; sheet: string; columns: OfficeColumn[] }): XlsxStream {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: opts.output, useStyles: true, useSharedStrings: false });
  const ws = workbook.addWorksheet(sheetName(opts.sheet), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = opts.columns.map((c) => ({ width: excelWidth(c, 11), style: { font: { name: FONT_NAME, size: 11 } } }));
  const header = ws.addRow(opts.columns.map((c) => c.header));
  header.font = { name: FONT_NAME, bold: true, size: 11 };
  header.commit();
  return {
    addRow(values) {
      ws.addRow(opts.columns.map((_, i) => stored(values[i], ''))).commit();
    },
    async finish() {
      ws.commit();
      await workbook.commit();
    },
  };
}
