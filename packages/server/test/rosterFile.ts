import ExcelJS from 'exceljs';
import { ROSTER_HEADERS } from '@zhibu/domain';
import { makeIdNumber } from './fixtures.js';

/** A roster spreadsheet as a user would fill it: the template's headers and one array of cells per row. */
export async function rosterXlsx(rows: (string | number | Date | null)[][], headers: string[] = ROSTER_HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** One template row: 姓名, 性别, 民族, 出生日期, 公民身份号码, 学历, 人员类别, 入党日期, 转正日期, 所在党支部, 所在党小组, 工作岗位, 联系电话. */
export function templateRow(o: { name: string; branch: string; group?: string; birth?: string; category?: string; joinedOn?: string | Date; confirmedOn?: string; id?: string; phone?: string }) {
  const birth = o.birth ?? '1980-05-05';
  return [o.name, null, '01', birth, o.id ?? makeIdNumber(birth), '21', o.category ?? '正式党员', o.joinedOn ?? '2005-07-01', o.category === '预备党员' ? null : (o.confirmedOn ?? '2006-07-01'), o.branch, o.group ?? null, '一级主任科员', o.phone ?? '13912345678'];
}
