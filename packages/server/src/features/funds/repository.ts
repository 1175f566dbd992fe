import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types.js';

/** Fund entries, venue plans and the dues they are computed on: Kysely only. */
type Db = Kysely<DB>;

const entryQuery = (db: Db) =>
  db
    .selectFrom('fund_entries as f')
    .leftJoin('meetings as m', 'm.id', 'f.meeting_id')
    .leftJoin('venue_expense_plans as vp', 'vp.id', 'f.venue_plan_id')
    .selectAll('f')
    .select(['m.kind as meeting_kind', 'm.held_on as meeting_held_on', 'm.title as meeting_title', 'vp.title as venue_plan_title']);

/** Every entry of the branch, all years (the running balance needs them), as recorded. */
export const entriesOf = (db: Db, branchId: string) => entryQuery(db).where('f.branch_id', '=', branchId).orderBy('f.occurred_on').orderBy('f.recorded_at').orderBy('f.id').execute();
export type FundEntryRow = Awaited<ReturnType<typeof entriesOf>>[number];

export const findEntry = (db: Db, organId: string, id: string) => db.selectFrom('fund_entries').selectAll().where('organ_id', '=', organId).where('id', '=', id).executeTakeFirst();

/** The receipts of entries, by entry id. */
export async function receiptsOf(db: Db, organId: string, entryIds: readonly string[]) {
  const out = new Map<string, { id: string; fileName: string; mime: string; size: number }[]>();
  if (entryIds.length === 0) return out;
  const rows = await db
    .selectFrom('attachments as a')
    .innerJoin('files as fl', 'fl.sha256', 'a.file_sha256')
    .select(['a.id', 'a.entity_id', 'a.file_name', 'fl.mime', 'fl.size'])
    .where('a.organ_id', '=', organId)
    .where('a.entity_type', '=', 'fundExpense')
    .where('a.entity_id', 'in', [...entryIds])
    .where('a.removed_at', 'is', null)
    .orderBy('a.uploaded_at')
    .execute();
  for (const r of rows) out.set(r.entity_id, [...(out.get(r.entity_id) ?? []), { id: r.id, fileName: r.file_name, mime: r.mime, size: Number(r.size) }]);
  return out;
}

const planQuery = (db: Db) =>
  db
    .selectFrom('venue_expense_plans as vp')
    .innerJoin('branches as b', 'b.id', 'vp.branch_id')
    .selectAll('vp')
    .select(['b.full_name as branch_name'])
    .select((eb) =>
      eb
        .selectFrom('fund_entries as fe')
        .select(sql<string>`coalesce(sum(fe.amount_fen), 0)`.as('s'))
        .whereRef('fe.venue_plan_id', '=', 'vp.id')
        .as('spent_fen'),
    );

export function plansOf(db: Db, organId: string, q: { branchId?: string; year?: number | undefined; status?: string | undefined }) {
  let query = planQuery(db).where('vp.organ_id', '=', organId);
  if (q.branchId) query = query.where('vp.branch_id', '=', q.branchId);
  if (q.year) query = query.where('vp.year', '=', q.year);
  if (q.status) query = query.where('vp.status', '=', q.status as 'submitted');
  return query.orderBy('vp.year', 'desc').orderBy('vp.recorded_at', 'desc').execute();
}
export const findPlan = (db: Db, organId: string, id: string) => planQuery(db).where('vp.organ_id', '=', organId).where('vp.id', '=', id).executeTakeFirst();
export type VenuePlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

/** Per branch of the organ: the dues collected (paid in the year) and due (months of the year), one query each. */
export async function duesOfYear(db: Db, organId: string, year: number) {
  const [collected, due] = await Promise.all([
    sql<{ branch_id: string; s: string }>`select branch_id, sum(amount_fen)::text as s from dues_payments
      where organ_id = ${organId} and paid_on between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date group by branch_id`.execute(db),
    sql<{ branch_id: string; s: string }>`select branch_id, sum(coalesce(due_fen, 0))::text as s from dues_payments
      where organ_id = ${organId} and kind = 'monthly' and month like ${`${year}-%`} group by branch_id`.execute(db),
  ]);
  return {
    collected: new Map(collected.rows.map((r) => [r.branch_id, Number(r.s)])),
    due: new Map(due.rows.map((r) => [r.branch_id, Number(r.s)])),
  };
}

export const allocationsOfYear = (db: Db, organId: string, duesYear: number) =>
  db.selectFrom('fund_entries').select(['id', 'branch_id', 'amount_fen', 'occurred_on']).where('organ_id', '=', organId).where('kind', '=', 'allocation').where('dues_year', '=', duesYear).execute();
