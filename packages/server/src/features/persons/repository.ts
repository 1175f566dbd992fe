import { sql, type Kysely } from 'kysely';
import type { RosterScope } from '@zhibu/domain';
import type { DB } from '../../db/types.js';
import { inForceOn } from '../../db/periods.js';

export interface RosterFilter {
  organId: string;
  on: string;
  scope: RosterScope;
  /** branches where the viewer sees full ID numbers (search may match on them there only) */
  fullIdBranchIds: string[] | 'all';
  q?: string;
  branchId?: string;
  groupId?: string;
  category?: string;
  status?: string;
  offset: number;
  limit: number;
}

/**
 * The roster on a date: people with a branch membership in force then, within the viewer's scope, with search
 * over name, pinyin initials, full pinyin, phone, and the ID number only where the viewer may see it in full.
 */
export async function queryRoster(db: Kysely<DB>, f: RosterFilter) {
  let q = db
    .selectFrom('persons as p')
    .innerJoin('branch_memberships as bm', (j) => j.onRef('bm.person_id', '=', 'p.id').on(inForceOn('bm.start_on', 'bm.end_on', f.on)))
    .innerJoin('branches as b', 'b.id', 'bm.branch_id')
    .leftJoin('group_memberships as gm', (j) => j.onRef('gm.person_id', '=', 'p.id').on(inForceOn('gm.start_on', 'gm.end_on', f.on)))
    .leftJoin('party_groups as g', 'g.id', 'gm.group_id')
    .where('p.organ_id', '=', f.organId);
  if (!f.scope.allBranches) {
    const { branchIds, groupIds } = f.scope;
    if (branchIds.length === 0 && groupIds.length === 0) return { total: 0, rows: [] };
    q = q.where((eb) =>
      eb.or([
        ...(branchIds.length ? [eb('bm.branch_id', 'in', branchIds)] : []),
        ...(groupIds.length ? [eb('gm.group_id', 'in', groupIds)] : []),
      ]),
    );
  }
  if (f.branchId) q = q.where('bm.branch_id', '=', f.branchId);
  if (f.groupId) q = q.where('gm.group_id', '=', f.groupId);
  if (f.category) q = q.where('p.category', '=', f.category as never);
  if (f.status) q = q.where('p.status', '=', f.status as never);
  if (f.q) {
    const term = f.q.toLowerCase();
    const like = `%${term.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const prefix = `${term.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    const fullIds = f.fullIdBranchIds;
    q = q.where((eb) =>
      eb.or([
        eb('p.name', 'like', like),
        eb('p.name_initials', 'like', prefix),
        eb('p.name_pinyin', 'like', prefix),
        eb('p.phone', 'like', like),
        ...(fullIds === 'all'
          ? [eb(sql`upper(p.id_number)`, 'like', like.toUpperCase())]
          : fullIds.length
            ? [eb.and([eb('bm.branch_id', 'in', fullIds), eb(sql`upper(p.id_number)`, 'like', like.toUpperCase())])]
            : []),
      ]),
    );
  }
  const rows = await q
    .select([
      'p.id',
      'p.name',
      'p.gender',
      'p.ethnicity',
      'p.birth_date',
      'p.id_number',
      'p.education',
      'p.category',
      'p.joined_on',
      'p.confirmed_on',
      'p.job_post',
      'p.phone',
      'p.status',
      'b.id as branch_id',
      'b.short_name as branch_name',
      'g.id as group_id',
      'g.name as group_name',
      sql<number>`count(*) over ()`.as('total'),
    ])
    .orderBy('b.created_at')
    .orderBy('b.short_name')
    .orderBy(sql`case p.category when 'full' then 0 when 'probationary' then 1 when 'candidate' then 2 when 'activist' then 3 else 4 end`)
    .orderBy('p.name_pinyin')
    .orderBy('p.id')
    .offset(f.offset)
    .limit(f.limit)
    .execute();
  return { total: rows[0] ? Number(rows[0].total) : 0, rows };
}

export type RosterRow = Awaited<ReturnType<typeof queryRoster>>['rows'][number];

/** Party posts held on a date, from the records that own them: the committee (or branch posts) and group leadership. */
export async function postsOf(db: Kysely<DB>, personIds: string[], on: string) {
  if (personIds.length === 0) return [];
  const [posts, leaders] = await Promise.all([
    // the committee of the current term where a branch has one; direct posts only where it has none (contracts §4)
    sql<{ person_id: string; role: string }>`
      select cm.person_id, cm.role from committee_members cm join committees c on c.id = cm.committee_id
      where cm.person_id in (${sql.join(personIds)}) and c.start_on <= ${on}::date and (c.ended_on is null or c.ended_on > ${on}::date)
        and cm.start_on <= ${on}::date and (cm.end_on is null or cm.end_on > ${on}::date)
      union all
      select bp.person_id, bp.role from branch_posts bp
      where bp.person_id in (${sql.join(personIds)}) and ${inForceOn('bp.start_on', 'bp.end_on', on)}
        and not exists (select 1 from committees c2 where c2.branch_id = bp.branch_id)`
      .execute(db)
      .then((r) => r.rows),
    db
      .selectFrom('party_groups')
      .select(['leader_person_id as person_id', 'name'])
      .where('leader_person_id', 'in', personIds)
      .where((eb) => eb.or([eb('dissolved_on', 'is', null), eb('dissolved_on', '>', on)]))
      .execute(),
  ]);
  return [
    ...posts.map((p) => ({ personId: p.person_id, role: p.role, groupName: null as string | null })),
    ...leaders.map((l) => ({ personId: l.person_id as string, role: 'groupLeader', groupName: l.name })),
  ];
}

export async function findPerson(db: Kysely<DB>, organId: string, id: string) {
  return db.selectFrom('persons').selectAll().where('organ_id', '=', organId).where('id', '=', id).executeTakeFirst();
}

/** Where a person stands on a date: branch and group memberships in force. */
export async function placeOf(db: Kysely<DB>, personId: string, on: string) {
  const [bm, gm] = await Promise.all([
    db
      .selectFrom('branch_memberships')
      .innerJoin('branches', 'branches.id', 'branch_memberships.branch_id')
      .select(['branch_memberships.id', 'branches.id as branch_id', 'branches.short_name'])
      .where('person_id', '=', personId)
      .where(inForceOn('branch_memberships.start_on', 'branch_memberships.end_on', on))
      .executeTakeFirst(),
    db
      .selectFrom('group_memberships')
      .innerJoin('party_groups', 'party_groups.id', 'group_memberships.group_id')
      .select(['group_memberships.id', 'party_groups.id as group_id', 'party_groups.name'])
      .where('person_id', '=', personId)
      .where(inForceOn('group_memberships.start_on', 'group_memberships.end_on', on))
      .executeTakeFirst(),
  ]);
  return { branch: bm ?? null, group: gm ?? null };
}

export async function membershipHistory(db: Kysely<DB>, personId: string) {
  const [branches, groups] = await Promise.all([
    db
      .selectFrom('branch_memberships')
      .innerJoin('branches', 'branches.id', 'branch_memberships.branch_id')
      .select(['branches.id', 'branches.short_name as name', 'start_on', 'end_on'])
      .where('person_id', '=', personId)
      .orderBy('start_on')
      .execute(),
    db
      .selectFrom('group_memberships')
      .innerJoin('party_groups', 'party_groups.id', 'group_memberships.group_id')
      .select(['party_groups.id', 'party_groups.name', 'start_on', 'end_on'])
      .where('person_id', '=', personId)
      .orderBy('start_on')
      .execute(),
  ]);
  return [
    ...branches.map((b) => ({ kind: 'branch' as const, id: b.id, name: b.name, startOn: b.start_on, endOn: b.end_on })),
    ...groups.map((g) => ({ kind: 'group' as const, id: g.id, name: g.name, startOn: g.start_on, endOn: g.end_on })),
  ].sort((a, b) => a.startOn.localeCompare(b.startOn));
}
