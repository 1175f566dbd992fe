import { FINDING_STATUS_LABELS } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { writeXlsxTable } from '../../documents/index.js';
import { checkMatrix } from './service.js';

/** The matrix as a spreadsheet: one row per branch, one column per clause, the worst status and its counts. */
export async function matrixXlsx(ctx: Ctx, year: number): Promise<Buffer> {
  const m = await checkMatrix(ctx, year);
  const cell = (c: (typeof m.rows)[number]['cells'][string] | undefined) => {
    if (!c?.worst) return '';
    const bad = c.counts.unmet + c.counts.missingData + c.counts.dueSoon;
    return bad > 0 ? `${FINDING_STATUS_LABELS[c.worst]}（${bad}）` : FINDING_STATUS_LABELS[c.worst];
  };
  const rows = m.rows.map((r) => [r.branch, r.worst ? FINDING_STATUS_LABELS[r.worst] : '', ...m.clauses.map((c) => cell(r.cells[c.id]))]);
  if (m.organRow) rows.push(['机关（机关层面规则）', '', ...m.clauses.map((c) => cell(m.organRow!.cells[c.id]))]);
  return writeXlsxTable({
    sheet: '体检总览',
    title: `标准化体检总览（${year}年）`,
    subtitle: `截至${m.asOf}；单元格为该条款最差的结果，括号内为不符合、缺少数据和即将到期的条数`,
    columns: [{ header: '党支部', width: 18 }, { header: '总体', width: 8 }, ...m.clauses.map((c) => ({ header: `${c.id} ${c.title}`, width: 12 }))],
    rows,
    orientation: 'landscape',
    emptyMark: '',
  });
}
