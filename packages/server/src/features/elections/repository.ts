import type { Kysely } from 'kysely';
import type { ElectionStatus } from '@zhibu/domain';
import type { DB } from '../../db/types.js';

/** An election of the organ with its branch's names. */
export const findElection = (db: Kysely<DB>, organId: string, id: string) =>
  db
    .selectFrom('elections')
    .innerJoin('branches', 'branches.id', 'elections.branch_id')
    .selectAll('elections')
    .select(['branches.full_name as branch_full_name', 'branches.short_name as branch_name', 'branches.status as branch_status'])
    .where('elections.organ_id', '=', organId)
    .where('branches.organ_id', '=', organId)
    .where('elections.id', '=', id)
    .executeTakeFirst();
export type ElectionRow = NonNullable<Awaited<ReturnType<typeof findElection>>>;

/** Candidates in the order entered (the ballot's stroke order is the branch's business). */
export const nomineesOf = (db: Kysely<DB>, electionId: string) =>
  db
    .selectFrom('election_nominees as n')
    .innerJoin('persons as p', 'p.id', 'n.person_id')
    .selectAll('n')
    .select(['p.name', 'p.name_pinyin'])
    .where('n.election_id', '=', electionId)
    .orderBy('p.name_pinyin')
    .execute();
export type NomineeRow = Awaited<ReturnType<typeof nomineesOf>>[number];

/** The electorate locked when the result was entered, with attendance. */
export const votersOf = (db: Kysely<DB>, electionId: string) =>
  db
    .selectFrom('election_voters as v')
    .innerJoin('persons as p', 'p.id', 'v.person_id')
    .select(['v.person_id as id', 'p.name', 'v.attendance'])
    .where('v.election_id', '=', electionId)
    .orderBy('p.name_pinyin')
    .execute();

/** Elections across branches (the 机关党委's 待审批 list), newest first. */
export function listElections(db: Kysely<DB>, organId: string, q: { branchIds: string[] | 'all'; status?: ElectionStatus; branchId?: string }) {
  let sel = db
    .selectFrom('elections')
    .innerJoin('branches', 'branches.id', 'elections.branch_id')
    .select([
      'elections.id',
      'elections.kind',
      'elections.committee_kind',
      'elections.status',
      'elections.planned_on',
      'elections.held_on',
      'elections.seats',
      'elections.submitted_on',
      'elections.branch_id',
      'branches.short_name as branch_name',
    ])
    .where('elections.organ_id', '=', organId);
  if (q.branchIds !== 'all') {
    if (q.branchIds.length === 0) return Promise.resolve([]);
    sel = sel.where('elections.branch_id', 'in', q.branchIds);
  }
  if (q.branchId) sel = sel.where('elections.branch_id', '=', q.branchId);
  if (q.status) sel = sel.where('elections.status', '=', q.status);
  return sel.orderBy('elections.submitted_on', 'desc').orderBy('elections.planned_on', 'desc').orderBy('elections.id').execute();
}
