import { sql, type Kysely } from 'kysely';
import type { ParamOverride, ParamValue } from '@zhibu/domain';
import type { DB } from '../../db/types.js';
import { inForceOn } from '../../db/periods.js';

/** Statuses that take away the rights to elect and be elected (R-ELECT-3): 停止党籍, 自行脱党, 出党, 去世. */
const WITHOUT_RIGHTS = ['suspended', 'lapsed', 'leftParty', 'deceased'] as const;

export const findBranch = (db: Kysely<DB>, organId: string, id: string) =>
  db.selectFrom('branches').selectAll().where('organ_id', '=', organId).where('id', '=', id).executeTakeFirst();

/** Whether the person is on the branch's roster today (to tell a member of the branch "403" rather than "404"). */
export async function belongsTo(db: Kysely<DB>, personId: string | null, branchId: string, date: string): Promise<boolean> {
  if (!personId) return false;
  const row = await db
    .selectFrom('branch_memberships')
    .select('id')
    .where('person_id', '=', personId)
    .where('branch_id', '=', branchId)
    .where(inForceOn('start_on', 'end_on', date))
    .executeTakeFirst();
  return !!row;
}

/** The branch's 正式党员 on a date who hold their rights (R-ELECT-3): the electorate, and who may be elected. */
export function fullMembersOn(db: Kysely<DB>, branchId: string, date: string) {
  return db
    .selectFrom('persons')
    .innerJoin('branch_memberships as bm', 'bm.person_id', 'persons.id')
    .select(['persons.id', 'persons.name'])
    .where('bm.branch_id', '=', branchId)
    .where(inForceOn('bm.start_on', 'bm.end_on', date))
    .where('persons.category', '=', 'full')
    .where((eb) => eb.or([eb('persons.confirmed_on', 'is', null), eb('persons.confirmed_on', '<=', date)]))
    .where('persons.status', 'not in', WITHOUT_RIGHTS)
    .orderBy('persons.name_pinyin')
    .execute();
}

/** 党员 (正式 + 预备) of the branch today, for the committee threshold when the organ counts all members. */
export async function memberCountOn(db: Kysely<DB>, branchId: string, date: string): Promise<number> {
  const r = await db
    .selectFrom('persons')
    .innerJoin('branch_memberships as bm', 'bm.person_id', 'persons.id')
    .select(sql<number>`count(distinct persons.id)::int`.as('n'))
    .where('bm.branch_id', '=', branchId)
    .where(inForceOn('bm.start_on', 'bm.end_on', date))
    .where('persons.category', 'in', ['full', 'probationary'])
    .where('persons.status', 'not in', WITHOUT_RIGHTS)
    .executeTakeFirstOrThrow();
  return r.n;
}

/** Names of persons of the organ by id, for messages about people who may not be on the branch. */
export async function namesOf(db: Kysely<DB>, organId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('persons').select(['id', 'name']).where('organ_id', '=', organId).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The organ's changes of the committee parameters (ORG-2). */
export async function paramOverrides(db: Kysely<DB>, organId: string): Promise<ParamOverride[]> {
  const rows = await db
    .selectFrom('rule_param_changes')
    .select(['key', 'value', 'effective_from'])
    .where('organ_id', '=', organId)
    .where('key', 'like', 'org.%')
    .execute();
  return rows.map((r) => ({ key: r.key, value: r.value as ParamValue, effectiveFrom: r.effective_from }));
}

export const committeesOfBranch = (db: Kysely<DB>, branchId: string) =>
  db.selectFrom('committees').selectAll().where('branch_id', '=', branchId).orderBy('start_on', 'desc').execute();

/** A committee of the organ, with its branch's name and status. */
export const findCommittee = (db: Kysely<DB>, organId: string, id: string) =>
  db
    .selectFrom('committees')
    .innerJoin('branches', 'branches.id', 'committees.branch_id')
    .selectAll('committees')
    .select(['branches.status as branch_status'])
    .where('committees.organ_id', '=', organId)
    .where('branches.organ_id', '=', organId)
    .where('committees.id', '=', id)
    .executeTakeFirst();

/** The terms given with their members, extensions and vacancies (four set-based queries). */
export async function loadCommitteeRows(db: Kysely<DB>, committees: Awaited<ReturnType<typeof committeesOfBranch>>) {
  const ids = committees.map((c) => c.id);
  if (ids.length === 0) return { committees, members: [], extensions: [], vacancies: [] };
  const [members, extensions, vacancies] = await Promise.all([
    db
      .selectFrom('committee_members as m')
      .innerJoin('persons as p', 'p.id', 'm.person_id')
      .selectAll('m')
      .select('p.name')
      .where('m.committee_id', 'in', ids)
      .orderBy('m.start_on')
      .execute(),
    db.selectFrom('committee_extensions').selectAll().where('committee_id', 'in', ids).orderBy('approved_on').execute(),
    db
      .selectFrom('committee_vacancies as v')
      .leftJoin('committee_members as m', 'm.id', 'v.member_id')
      .leftJoin('persons as p', 'p.id', 'm.person_id')
      .leftJoin('committee_members as f', 'f.id', 'v.filled_member_id')
      .leftJoin('persons as fp', 'fp.id', 'f.person_id')
      .selectAll('v')
      .select(['p.name as person_name', 'fp.name as filled_by_name'])
      .where('v.committee_id', 'in', ids)
      .orderBy('v.arisen_on')
      .execute(),
  ]);
  return { committees, members, extensions, vacancies };
}
export type CommitteeRows = Awaited<ReturnType<typeof loadCommitteeRows>>;

/** The branch's elections, newest first. */
export const electionsOfBranch = (db: Kysely<DB>, branchId: string) =>
  db
    .selectFrom('elections')
    .select(['id', 'kind', 'status', 'planned_on', 'held_on', 'seats'])
    .where('branch_id', '=', branchId)
    .orderBy('planned_on', 'desc')
    .orderBy('created_at', 'desc')
    .execute();

/** The open (not yet ended) post rows of a committee. */
export const openMembers = (db: Kysely<DB>, committeeId: string) =>
  db
    .selectFrom('committee_members as m')
    .innerJoin('persons as p', 'p.id', 'm.person_id')
    .selectAll('m')
    .select('p.name')
    .where('m.committee_id', '=', committeeId)
    .where('m.end_on', 'is', null)
    .execute();

/** Open vacancies of a committee, oldest first. */
export const openVacancies = (db: Kysely<DB>, committeeId: string) =>
  db.selectFrom('committee_vacancies').selectAll().where('committee_id', '=', committeeId).where('filled_on', 'is', null).orderBy('arisen_on').orderBy('id').execute();
