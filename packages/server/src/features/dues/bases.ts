import { randomUUID } from 'node:crypto';
import { categoryUsesBase, duesCategoryLabel, duesCategoryOf, duesInputProblem, formatFen, yuanCellText, type DuesCategory } from '@zhibu/domain';
import type { DuesBaseInput, DuesMemberYear } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError, invalid, notFound } from '../../errors.js';
import { readFirstSheet } from '../imports/xlsxReader.js';
import { writeXlsxTable } from '../../documents/index.js';
import { duesBranch } from './access.js';
import { branchMemberSpans } from './repository.js';
import { branchYear, duesGrid, fenOf, memberOfBranch } from './service.js';

/** 党费 bases (R-DUES-1..3): one member's category and base from a month on, and the year's Excel import. */
export interface BaseFields {
  dues_category: DuesCategory;
  base_fen: number | null;
  fixed_fen: number | null;
}
export function baseFields(category: DuesCategory, base: string | null | undefined, fixed: string | null | undefined): BaseFields {
  const baseFen = categoryUsesBase(category) && base != null && base.trim() !== '' ? fenOf(base, '交纳基数') : null;
  const fixedFen = category === 'farmer' && fixed != null && fixed.trim() !== '' ? fenOf(fixed, '每月交纳金额') : null;
  const p = duesInputProblem({ category, baseFen, fixedFen });
  if (p) throw invalid(p);
  return { dues_category: category, base_fen: baseFen, fixed_fen: fixedFen };
}

export async function putBase(ctx: Ctx, branchId: string, i: DuesBaseInput): Promise<DuesMemberYear> {
  await ctx.db.transaction().execute(async (trx) => {
    await duesBranch(ctx, trx, branchId, 'write');
    await memberOfBranch(ctx, trx, branchId, i.personId, i.fromMonth);
    const f = baseFields(i.category, i.base, i.fixed);
    const before = await trx.selectFrom('dues_bases').selectAll().where('person_id', '=', i.personId).where('from_month', '=', i.fromMonth).executeTakeFirst();
    const id = before?.id ?? randomUUID();
    const row = { id, person_id: i.personId, from_month: i.fromMonth, ...f, note: i.note ?? null };
    if (before) await trx.updateTable('dues_bases').set({ ...f, note: row.note }).where('id', '=', id).execute();
    else await trx.insertInto('dues_bases').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: before ? 'dues.base.changed' : 'dues.base.recorded', entityType: 'duesBase', entityId: id, ...(before ? { before } : {}), after: row });
  });
  return memberOf(ctx, branchId, i.personId, Number(i.fromMonth.slice(0, 4)));
}

async function memberOf(ctx: Ctx, branchId: string, personId: string, year: number): Promise<DuesMemberYear> {
  const g = await duesGrid(ctx, branchId, year);
  const m = g.members.find((x) => x.person.id === personId);
  if (!m) throw notFound('党员');
  return m;
}

export async function deleteBase(ctx: Ctx, branchId: string, baseId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await duesBranch(ctx, trx, branchId, 'write');
    const b = await trx.selectFrom('dues_bases').selectAll().where('id', '=', baseId).executeTakeFirst();
    if (!b) throw notFound('交纳基数记录');
    await memberOfBranch(ctx, trx, branchId, b.person_id, b.from_month);
    await trx.deleteFrom('dues_bases').where('id', '=', baseId).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'dues.base.deleted', entityType: 'duesBase', entityId: baseId, before: b });
  });
}

export const BASE_COLUMNS = ['姓名', '公民身份号码', '党费类别', '交纳基数（元）'] as const;

/** The import template, filled with the branch's 党员 of the year and their bases in force at its start. */
export async function baseTemplate(ctx: Ctx, branchId: string, year: number): Promise<{ fileName: string; xlsx: Buffer }> {
  const b = await duesBranch(ctx, ctx.db, branchId);
  const { members } = await branchYear(ctx.db, ctx.viewer.organId, branchId, year);
  const rows = members.map((m) => {
    const last = [...m.bases].filter((x) => x.from_month <= `${year}-01`).pop() ?? m.bases[0];
    const amount = last ? (categoryUsesBase(last.dues_category) ? last.base_fen : last.fixed_fen) : null;
    return [m.row.name, m.row.id_number, last ? duesCategoryLabel(last.dues_category) : '在职', amount === null ? '' : formatFen(amount)];
  });
  const xlsx = await writeXlsxTable({
    sheet: `${year}年党费基数`,
    columns: [
      { header: BASE_COLUMNS[0], width: 8 },
      { header: BASE_COLUMNS[1], width: 14 },
      { header: BASE_COLUMNS[2], width: 10 },
      { header: BASE_COLUMNS[3], width: 10 },
    ],
    rows,
  });
  return { fileName: `${b.full_name}${year}年党费交纳基数.xlsx`, xlsx };
}

/** The year's bases from Excel: every row checked first, nothing saved unless all are good. */
export async function importBases(ctx: Ctx, branchId: string, year: number, bytes: Buffer): Promise<{ year: number; imported: number }> {
  await duesBranch(ctx, ctx.db, branchId, 'write');
  const sheet = await readFirstSheet(bytes);
  const missing = BASE_COLUMNS.filter((c) => !sheet.headers.includes(c));
  if (missing.length) throw invalid(`缺少列：${missing.join('、')}（请使用下载的模板）`, { problems: missing.map((c) => ({ row: 1, column: c, message: `缺少列“${c}”` })) });
  const col = (name: string) => sheet.headers.indexOf(name);
  const fromMonth = `${year}-01`;
  let imported = 0;
  await ctx.db.transaction().execute(async (trx) => {
    await duesBranch(ctx, trx, branchId, 'write');
    const spans = await branchMemberSpans(trx, branchId, `${year}-01-01`, `${year}-12-31`);
    const byIdNumber = new Map(spans.map((s) => [s.id_number.toUpperCase(), s]));
    const problems: { row: number; column: string; message: string }[] = [];
    const seen = new Set<string>();
    const rows: { person_id: string; f: BaseFields }[] = [];
    for (const r of sheet.rows) {
      const text = (i: number) => (r.cells[i] === null || r.cells[i] === undefined ? '' : String(r.cells[i]).trim());
      const name = text(col('姓名'));
      const idn = text(col('公民身份号码')).toUpperCase();
      const catRaw = text(col('党费类别'));
      const baseRaw = yuanCellText(r.cells[col('交纳基数（元）')]);
      const bad = (column: string, message: string) => problems.push({ row: r.row, column, message });
      const s = byIdNumber.get(idn);
      if (!idn) bad('公民身份号码', '请填写公民身份号码');
      else if (!s) bad('公民身份号码', `${idn}不是本支部${year}年的党员`);
      else if (name && s.name !== name) bad('姓名', `公民身份号码${idn}是${s.name}，不是${name}`);
      else if (seen.has(s.person_id)) bad('公民身份号码', `${s.name}重复出现`);
      const category = duesCategoryOf(catRaw || '在职');
      if (!category) {
        bad('党费类别', `不认识的党费类别“${catRaw}”（可填：在职、年薪制、非按月领薪、离退休、农民、学生、下岗失业、生活困难/领取救济、领取低保）`);
        continue;
      }
      if (!s) continue;
      seen.add(s.person_id);
      try {
        rows.push({ person_id: s.person_id, f: baseFields(category, baseRaw, baseRaw) });
      } catch (e) {
        bad('交纳基数（元）', e instanceof AppError ? e.message : String(e));
      }
    }
    if (sheet.rows.length === 0) problems.push({ row: 2, column: '姓名', message: '表中没有数据行' });
    if (problems.length) {
      throw invalid(`导入失败：${new Set(problems.map((p) => p.row)).size} 行有错误，未导入任何数据。${problems.slice(0, 3).map((p) => `第${p.row}行${p.column}：${p.message}`).join('；')}`, { problems });
    }
    const ids = rows.map((r) => r.person_id);
    const before = await trx.selectFrom('dues_bases').selectAll().where('person_id', 'in', ids).where('from_month', '=', fromMonth).execute();
    if (before.length) await trx.deleteFrom('dues_bases').where('person_id', 'in', ids).where('from_month', '=', fromMonth).execute();
    const values = rows.map((r) => ({ id: randomUUID(), person_id: r.person_id, from_month: fromMonth, ...r.f, note: `${year}年基数导入` }));
    await trx.insertInto('dues_bases').values(values).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'dues.base.imported', entityType: 'branch', entityId: branchId, before: { bases: before }, after: { year, bases: values } });
    imported = values.length;
  });
  return { year, imported };
}

