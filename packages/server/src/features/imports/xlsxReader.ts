import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Cell } from '@zhibu/domain';
import { invalid } from '../../errors.js';

export const MAX_IMPORT_BYTES = 30 * 1024 * 1024;

export interface Sheet {
  headers: string[];
  rows: { row: number; cells: Cell[] }[];
}

/** Refuses, with a message a user can act on, what is not an .xlsx workbook — before any parser sees it. */
export function checkSpreadsheet(bytes: Buffer): void {
  if (bytes.length === 0) throw invalid('文件是空的');
  if (bytes.length > MAX_IMPORT_BYTES) throw invalid(`文件超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，请拆分后分批导入`);
  if (bytes.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]))) {
    throw invalid('这是旧版 Excel（.xls）文件，暂不能直接读取：请在 Excel 或 WPS 中「另存为」Excel 工作簿（.xlsx）后再导入');
  }
  if (!bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw invalid('文件不是 Excel 工作簿（.xlsx）；请使用下载的模板或从 Excel 另存为 .xlsx');
  }
}

function plain(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return plain(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('error' in v) return null;
  }
  return String(v);
}

/**
 * Reads the first worksheet with exceljs's streaming reader (a 10,000-row file stays small in memory): row 1 is the
 * header, empty rows are skipped, row numbers are Excel's.
 */
export async function readFirstSheet(bytes: Buffer, onRow?: (n: number) => void): Promise<Sheet> {
  checkSpreadsheet(bytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let headers: string[] | null = null;
  const rows: Sheet['rows'] = [];
  try {
    for await (const ws of reader) {
      for await (const r of ws as AsyncIterable<ExcelJS.Row>) {
        const values = (r.values as ExcelJS.CellValue[]).slice(1).map(plain);
        if (headers === null) {
          headers = values.map((v) => (v === null ? '' : String(v).trim()));
          continue;
        }
        if (values.every((v) => v === null || (typeof v === 'string' && v.trim() === ''))) continue;
        rows.push({ row: r.number, cells: values });
        if (onRow && rows.length % 500 === 0) onRow(rows.length);
      }
      break; // the first worksheet only
    }
  } catch (e) {
    throw invalid(`无法读取该 Excel 文件（文件可能已损坏）：${(e as Error).message}`);
  }
  if (!headers || headers.every((h) => !h)) throw invalid('表格第 1 行应为列名（表头），但它是空的');
  return { headers, rows };
}
