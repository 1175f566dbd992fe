import { scoreFromFindings, type Finding, type FindingsScore } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import type { PublishedItem } from '../../db/typesAssessment.js';
import { AppError } from '../../errors.js';
import { checkFindings } from '../check/service.js';
import { num } from './presenter.js';
import type { ItemRow, ScoreRow } from './repository.js';

/** 检查考核: what the service and the score sheet share — the year's findings and one item's live score. */
export type Db = Ctx['db'];
export const tenths = (n: number) => Math.round(n * 10);
export const conflict = (msg: string) => new AppError('CONFLICT', msg);
export const orNull = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/** The date a year's findings are judged at: today while the year runs, else its 31 December. */
export const asOfFor = (ctx: Ctx, year: number) => (ctx.today < `${year}-12-31` ? ctx.today : `${year}-12-31`);

/** The year's findings of some branches (all when absent), by branch; none for a year not begun. */
export async function yearFindings(ctx: Ctx, db: Db, year: number, branchIds?: readonly string[]): Promise<Map<string, Finding[]>> {
  const asOf = asOfFor(ctx, year);
  const out = new Map<string, Finding[]>();
  if (asOf < `${year}-01-01`) return out;
  for (const f of await checkFindings(db, ctx.viewer.organId, year, asOf, branchIds)) {
    if (f.scope !== 'branch') continue;
    const list = out.get(f.branchId);
    if (list) list.push(f);
    else out.set(f.branchId, [f]);
  }
  return out;
}

export interface Line {
  item: ItemRow;
  fromFindings: FindingsScore | null;
  row: ScoreRow | undefined;
  effective: number | null;
  reason: string | null;
}

/** One item of a branch, live: the findings' score, the assessor's score over it, and why points were lost. */
export function liveLine(item: ItemRow, row: ScoreRow | undefined, findings: readonly Finding[]): Line {
  const points = Number(item.points);
  const fromFindings = item.method === 'findings' ? scoreFromFindings(points, findings.filter((f) => f.clause === item.clause)) : null;
  const score = num(row?.score);
  const effective = score ?? fromFindings?.score ?? null;
  let reason: string | null = null;
  if (effective !== null && tenths(effective) < tenths(points)) reason = score !== null ? orNull(row?.note) : fromFindings!.reasons.join('；') || null;
  return { item, fromFindings, row, effective, reason };
}

/** What is stored at publishing for a branch's item. */
export const published = (l: Line): PublishedItem => ({ itemId: l.item.id, clause: l.item.clause, title: l.item.title, points: Number(l.item.points), score: l.effective ?? 0, reason: l.reason });

