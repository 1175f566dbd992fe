import { sql, type Kysely } from 'kysely';
import type { BranchRole, OrganRole } from '@zhibu/domain';
import type { DB } from '../../db/types.js';

export async function findAccountByUsername(db: Kysely<DB>, username: string) {
  return db.selectFrom('accounts').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function findSession(db: Kysely<DB>, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .innerJoin('organs', 'organs.id', 'accounts.organ_id')
    .select([
      'sessions.token_hash',
      'sessions.created_at',
      'sessions.last_seen_at',
      'accounts.id as account_id',
      'accounts.disabled',
      'accounts.username',
      'accounts.must_change_password',
      'organs.settings',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export interface ViewerRow {
  account_id: string;
  username: string;
  person_id: string | null;
  must_change_password: boolean;
  organ_id: string;
  organ_name: string;
  records_start_on: string;
  settings: Record<string, unknown>;
  is_demo: boolean;
  person_name: string | null;
  organ_roles: OrganRole[];
  posts: { branchId: string; role: BranchRole; branchName: string }[];
  led_groups: { groupId: string; groupName: string; branchId: string }[];
  own_branch: { id: string; name: string } | null;
}

/**
 * Everything the viewer of a request is made of, in one query (every request needs it, so it is one round trip):
 * the account, its organ, its person, organ roles, branch roles, groups led, and own branch (contracts §4).
 * Branch roles come from the committee term in force today (a term ends the day its successor begins; a post ends
 * the day its successor or the vacancy begins); directly assigned posts count only for a branch with no committee
 * record at all — once a committee is recorded, it wins.
 */
export async function loadViewerRow(db: Kysely<DB>, accountId: string, today: string): Promise<ViewerRow | undefined> {
  const r = await sql<ViewerRow>`
    select a.id as account_id, a.username, a.person_id, a.must_change_password,
      o.id as organ_id, o.name as organ_name, o.records_start_on, o.settings, o.is_demo,
      p.name as person_name,
      coalesce((select json_agg(ar.role order by ar.role) from account_roles ar where ar.account_id = a.id), '[]') as organ_roles,
      coalesce((select json_agg(json_build_object('branchId', r.branch_id, 'role', r.role, 'branchName', r.short_name))
         from (
           select c.branch_id, cm.role, b.short_name
             from committee_members cm join committees c on c.id = cm.committee_id join branches b on b.id = c.branch_id
             where cm.person_id = a.person_id and b.status = 'active'
               and c.start_on <= ${today}::date and (c.ended_on is null or c.ended_on > ${today}::date)
               and cm.start_on <= ${today}::date and (cm.end_on is null or cm.end_on > ${today}::date)
           union
           select bp.branch_id, bp.role, b.short_name
             from branch_posts bp join branches b on b.id = bp.branch_id
             where bp.person_id = a.person_id and bp.start_on <= ${today}::date and (bp.end_on is null or bp.end_on >= ${today}::date)
               and b.status = 'active'
               and not exists (select 1 from committees c where c.branch_id = bp.branch_id)
         ) r), '[]') as posts,
      coalesce((select json_agg(json_build_object('groupId', g.id, 'groupName', g.name, 'branchId', g.branch_id))
         from party_groups g where g.leader_person_id = a.person_id and (g.dissolved_on is null or g.dissolved_on > ${today}::date)), '[]') as led_groups,
      (select json_build_object('id', b.id, 'name', b.short_name)
         from branch_memberships bm join branches b on b.id = bm.branch_id
         where bm.person_id = a.person_id and bm.start_on <= ${today}::date and (bm.end_on is null or bm.end_on >= ${today}::date)
         limit 1) as own_branch
    from accounts a
    join organs o on o.id = a.organ_id
    left join persons p on p.id = a.person_id
    where a.id = ${accountId}`.execute(db);
  return r.rows[0];
}
