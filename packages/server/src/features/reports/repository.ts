import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';

/** The branch's reports (LIFE-6) and the members' 党员汇报 (LIFE-8): Kysely only. */
type Db = Kysely<DB>;

const reportQuery = (db: Db) =>
  db.selectFrom('branch_reports as r').innerJoin('branches as b', 'b.id', 'r.branch_id').selectAll('r').select(['b.full_name as branch_name', 'b.status as branch_status']);

export const findBranchReport = (db: Db, organId: string, id: string) => reportQuery(db).where('r.organ_id', '=', organId).where('r.id', '=', id).executeTakeFirst();
export type BranchReportRow = NonNullable<Awaited<ReturnType<typeof findBranchReport>>>;

/** Reports of a branch (or, with no branch, of every branch of the organ), of a year and a kind if given. */
export function branchReportsOf(db: Db, organId: string, q: { branchId?: string; year?: number | undefined; kind?: 'toOrgan' | 'toAssembly' }) {
  let query = reportQuery(db).where('r.organ_id', '=', organId);
  if (q.branchId) query = query.where('r.branch_id', '=', q.branchId);
  if (q.year) query = query.where('r.year', '=', q.year);
  if (q.kind) query = query.where('r.kind', '=', q.kind);
  return query.orderBy('r.year', 'desc').orderBy('b.full_name').orderBy('r.kind').execute();
}

export const findReportOfKind = (db: Db, branchId: string, year: number, kind: 'toOrgan' | 'toAssembly') =>
  db.selectFrom('branch_reports').select('id').where('branch_id', '=', branchId).where('year', '=', year).where('kind', '=', kind).executeTakeFirst();

export const findMeetingOfBranch = (db: Db, branchId: string, id: string) =>
  db.selectFrom('meetings').select(['id', 'kind', 'held_on', 'status']).where('id', '=', id).where('branch_id', '=', branchId).executeTakeFirst();

const memberReportQuery = (db: Db) => db.selectFrom('member_reports as r').innerJoin('persons as p', 'p.id', 'r.person_id').selectAll('r').select(['p.name as person_name', 'p.name_pinyin as person_pinyin']);
export const findMemberReport = (db: Db, organId: string, id: string) => memberReportQuery(db).where('r.organ_id', '=', organId).where('r.id', '=', id).executeTakeFirst();
export type MemberReportRow = NonNullable<Awaited<ReturnType<typeof findMemberReport>>>;
export const memberReportsOf = (db: Db, branchId: string, year: number) => memberReportQuery(db).where('r.branch_id', '=', branchId).where('r.year', '=', year).execute();

export const findMemberReportOf = (db: Db, branchId: string, personId: string, year: number) =>
  db.selectFrom('member_reports').select('id').where('branch_id', '=', branchId).where('person_id', '=', personId).where('year', '=', year).executeTakeFirst();

/** The branch the person belongs to today, if they are a 党员 (正式 or 预备) on its roster. */
export const currentBranchOf = (db: Db, personId: string, today: string) =>
  db
    .selectFrom('branch_memberships as bm')
    .innerJoin('persons as p', 'p.id', 'bm.person_id')
    .select(['bm.branch_id', 'p.category'])
    .where('bm.person_id', '=', personId)
    .where('bm.start_on', '<=', today)
    .where((eb) => eb.or([eb('bm.end_on', 'is', null), eb('bm.end_on', '>=', today)]))
    // on the day of a move both memberships are in force: the new one counts
    .orderBy('bm.start_on', 'desc')
    .executeTakeFirst();

/** The organ's active branches, in the order of their full names (Chinese collation in SQL is not portable). */
export async function activeBranches(db: Db, organId: string) {
  const rows = await db.selectFrom('branches').select(['id', 'full_name']).where('organ_id', '=', organId).where('status', '=', 'active').execute();
  const collator = new Intl.Collator('zh-Hans-CN');
  return rows.sort((a, b) => collator.compare(a.full_name, b.full_name));
}
