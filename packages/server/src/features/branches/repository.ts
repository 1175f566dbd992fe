import { sql, type Kysely } from 'kysely';
import { compareOrdinalNames } from '@zhibu/domain';
import type { DB } from '../../db/types.js';
import { inForceOn } from '../../db/periods.js';

/** Everything a branch card shows, for many branches at once (a few set-based queries, no query per branch). */
export async function loadBranchRows(db: Kysely<DB>, organId: string, branchIds: string[] | 'all', today: string) {
  let q = db.selectFrom('branches').selectAll().where('organ_id', '=', organId);
  if (branchIds !== 'all') {
    if (branchIds.length === 0) return null;
    q = q.where('id', 'in', branchIds);
  }
  const branches = await q.orderBy(sql`status = 'dissolved'`).orderBy('created_at').orderBy('short_name').execute();
  if (branches.length === 0) return null;
  const ids = branches.map((b) => b.id);
  const [units, groups, groupCounts, counts, posts, history] = await Promise.all([
    db
      .selectFrom('branch_units')
      .innerJoin('units', 'units.id', 'branch_units.unit_id')
      .select(['branch_units.branch_id', 'units.id', 'units.name'])
      .where('branch_units.branch_id', 'in', ids)
      .orderBy('units.name')
      .execute(),
    db
      .selectFrom('party_groups')
      .leftJoin('persons', 'persons.id', 'party_groups.leader_person_id')
      .select([
        'party_groups.id',
        'party_groups.branch_id',
        'party_groups.name',
        'party_groups.founded_on',
        'party_groups.dissolved_on',
        'persons.id as leader_id',
        'persons.name as leader_name',
      ])
      .where('party_groups.branch_id', 'in', ids)
      .execute()
      // 第一, 第二 … 第十二党小组 as counted (SQL orders 第三 before 第二)
      .then((rows) => rows.sort((a, b) => compareOrdinalNames(a.name, b.name))),
    db
      .selectFrom('group_memberships')
      .innerJoin('party_groups', 'party_groups.id', 'group_memberships.group_id')
      .select(['group_memberships.group_id', sql<number>`count(*)::int`.as('n')])
      .where('party_groups.branch_id', 'in', ids)
      .where(inForceOn('group_memberships.start_on', 'group_memberships.end_on', today))
      .groupBy('group_memberships.group_id')
      .execute(),
    db
      .selectFrom('branch_memberships')
      .innerJoin('persons', 'persons.id', 'branch_memberships.person_id')
      .select([
        'branch_memberships.branch_id',
        sql<number>`count(*) filter (where persons.category in ('full','probationary'))::int`.as('members'),
        sql<number>`count(*) filter (where persons.category = 'full')::int`.as('full'),
      ])
      .where('branch_memberships.branch_id', 'in', ids)
      .where(inForceOn('branch_memberships.start_on', 'branch_memberships.end_on', today))
      .groupBy('branch_memberships.branch_id')
      .execute(),
    // Officers: the committee of the current term where one is recorded; direct posts only where none is (contracts §4).
    sql<{ id: string; branch_id: string; role: string; person_id: string; name: string; from_committee: boolean }>`
      select m.id, c.branch_id, m.role, p.id as person_id, p.name, true as from_committee
      from committee_members m join committees c on c.id = m.committee_id join persons p on p.id = m.person_id
      where c.branch_id in (${sql.join(ids)}) and c.start_on <= ${today}::date and (c.ended_on is null or c.ended_on > ${today}::date)
        and m.start_on <= ${today}::date and (m.end_on is null or m.end_on > ${today}::date)
      union all
      select bp.id, bp.branch_id, bp.role, p.id, p.name, false
      from branch_posts bp join persons p on p.id = bp.person_id
      where bp.branch_id in (${sql.join(ids)}) and ${inForceOn('bp.start_on', 'bp.end_on', today)}
        and not exists (select 1 from committees c2 where c2.branch_id = bp.branch_id)`
      .execute(db)
      .then((r) => r.rows),
    db
      .selectFrom('branch_status_changes')
      .select(['branch_id', 'status', 'effective_on', 'reason'])
      .where('branch_id', 'in', ids)
      .orderBy('effective_on')
      .execute(),
  ]);
  return { branches, units, groups, groupCounts, counts, posts, history };
}

export const findBranch = (db: Kysely<DB>, organId: string, id: string) =>
  db.selectFrom('branches').selectAll().where('organ_id', '=', organId).where('id', '=', id).executeTakeFirst();

export const findGroup = (db: Kysely<DB>, id: string) =>
  db
    .selectFrom('party_groups')
    .innerJoin('branches', 'branches.id', 'party_groups.branch_id')
    .selectAll('party_groups')
    .select(['branches.organ_id'])
    .where('party_groups.id', '=', id)
    .executeTakeFirst();

/** Whether the person belongs to the branch (or the group) on the date. */
export async function isMemberOn(db: Kysely<DB>, personId: string, target: { branchId?: string; groupId?: string }, date: string) {
  if (target.groupId) {
    const row = await db
      .selectFrom('group_memberships')
      .select('id')
      .where('person_id', '=', personId)
      .where('group_id', '=', target.groupId)
      .where(inForceOn('start_on', 'end_on', date))
      .executeTakeFirst();
    return !!row;
  }
  const row = await db
    .selectFrom('branch_memberships')
    .select('id')
    .where('person_id', '=', personId)
    .where('branch_id', '=', target.branchId ?? '')
    .where(inForceOn('start_on', 'end_on', date))
    .executeTakeFirst();
  return !!row;
}
