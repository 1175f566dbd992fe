import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import { inForceOn } from '../../db/periods.js';

/** 民主评议党员 (LIFE-9): Kysely only. Tallies live on the member rows; no ballot is ever stored (contracts §5). */
type Db = Kysely<DB>;

/** An appraisal of the organ with its branch's name. */
export const findAppraisal = (db: Db, organId: string, id: string) =>
  db
    .selectFrom('appraisals as a')
    .innerJoin('branches as b', 'b.id', 'a.branch_id')
    .selectAll('a')
    .select(['b.full_name as branch_name', 'b.status as branch_status'])
    .where('a.organ_id', '=', organId)
    .where('a.id', '=', id)
    .executeTakeFirst();
export type AppraisalRow = NonNullable<Awaited<ReturnType<typeof findAppraisal>>>;

/** The branch's appraisals (optionally of one year), newest first. */
export function appraisalsOfBranch(db: Db, branchId: string, year?: number) {
  let q = db
    .selectFrom('appraisals as a')
    .innerJoin('branches as b', 'b.id', 'a.branch_id')
    .selectAll('a')
    .select(['b.full_name as branch_name', 'b.status as branch_status'])
    .where('a.branch_id', '=', branchId);
  if (year) q = q.where('a.year', '=', year);
  return q.orderBy('a.year', 'desc').execute();
}

/** The members appraised, with what the printed 登记表 needs of each person, in pinyin order. */
export const membersOf = (db: Db, appraisalId: string) =>
  db
    .selectFrom('appraisal_members as m')
    .innerJoin('persons as p', 'p.id', 'm.person_id')
    .selectAll('m')
    .select(['p.name', 'p.name_pinyin', 'p.category', 'p.gender', 'p.birth_date', 'p.ethnicity', 'p.education', 'p.joined_on', 'p.confirmed_on', 'p.job_post'])
    .where('m.appraisal_id', '=', appraisalId)
    .orderBy('p.name_pinyin')
    .orderBy('p.id')
    .execute();
export type MemberRow = Awaited<ReturnType<typeof membersOf>>[number];

/** Appraisal ids (of the given) in which the person is a member. */
export async function appraisalsWithMember(db: Db, personId: string | null, ids: readonly string[]): Promise<Set<string>> {
  if (!personId || ids.length === 0) return new Set();
  const rows = await db.selectFrom('appraisal_members').select('appraisal_id').where('person_id', '=', personId).where('appraisal_id', 'in', [...ids]).execute();
  return new Set(rows.map((r) => r.appraisal_id));
}

/** How many voted online, and whether the person did (never what: nothing else is stored). */
export async function votersOf(db: Db, appraisalId: string, personId: string | null): Promise<{ count: number; hasVoted: boolean }> {
  const rows = await db.selectFrom('appraisal_voters').select('person_id').where('appraisal_id', '=', appraisalId).execute();
  return { count: rows.length, hasVoted: !!personId && rows.some((r) => r.person_id === personId) };
}

/** The branch's 党员 (正式, 预备) in 在册 status on its roster on a date: who is appraised. */
export const partyMembersOn = (db: Db, branchId: string, date: string) =>
  db
    .selectFrom('branch_memberships as bm')
    .innerJoin('persons as p', 'p.id', 'bm.person_id')
    .select(['p.id', 'p.name', 'p.category'])
    .where('bm.branch_id', '=', branchId)
    .where('p.category', 'in', ['full', 'probationary'])
    .where('p.status', '=', 'active')
    .where(inForceOn('bm.start_on', 'bm.end_on', date))
    .execute();

export const findMeetingOf = (db: Db, branchId: string, id: string) =>
  db.selectFrom('meetings').select(['id', 'kind', 'status', 'held_on']).where('branch_id', '=', branchId).where('id', '=', id).executeTakeFirst();
