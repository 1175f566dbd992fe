import type { Kysely } from 'kysely';
import type { BranchRole, OrganRole } from '@zhibu/domain';
import type { DB } from '../../db/types.js';

export async function findAccountByUsername(db: Kysely<DB>, username: string) {
  return db.selectFrom('accounts').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function findAccount(db: Kysely<DB>, id: string) {
  return db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
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

/** The roles behind a viewer, read from the records that own them on `today` (contracts §4). */
export async function loadRoleFacts(db: Kysely<DB>, accountId: string, personId: string | null, today: string) {
  const organRoles = (
    await db.selectFrom('account_roles').select('role').where('account_id', '=', accountId).execute()
  ).map((r) => r.role as OrganRole);
  if (!personId) return { organRoles, posts: [], ledGroups: [], ownBranch: null };
  const [posts, ledGroups, ownBranch] = await Promise.all([
    db
      .selectFrom('branch_posts')
      .innerJoin('branches', 'branches.id', 'branch_posts.branch_id')
      .select(['branch_posts.branch_id', 'branch_posts.role', 'branches.short_name'])
      .where('branch_posts.person_id', '=', personId)
      .where('branch_posts.start_on', '<=', today)
      .where((eb) => eb.or([eb('branch_posts.end_on', 'is', null), eb('branch_posts.end_on', '>=', today)]))
      .where('branches.status', '=', 'active')
      .execute(),
    db
      .selectFrom('party_groups')
      .select(['id', 'name', 'branch_id'])
      .where('leader_person_id', '=', personId)
      .where((eb) => eb.or([eb('dissolved_on', 'is', null), eb('dissolved_on', '>', today)]))
      .execute(),
    db
      .selectFrom('branch_memberships')
      .innerJoin('branches', 'branches.id', 'branch_memberships.branch_id')
      .select(['branches.id', 'branches.short_name'])
      .where('branch_memberships.person_id', '=', personId)
      .where('branch_memberships.start_on', '<=', today)
      .where((eb) => eb.or([eb('branch_memberships.end_on', 'is', null), eb('branch_memberships.end_on', '>=', today)]))
      .executeTakeFirst(),
  ]);
  return {
    organRoles,
    posts: posts.map((p) => ({ branchId: p.branch_id, role: p.role as BranchRole, branchName: p.short_name })),
    ledGroups: ledGroups.map((g) => ({ groupId: g.id, groupName: g.name, branchId: g.branch_id })),
    ownBranch: ownBranch ? { id: ownBranch.id, name: ownBranch.short_name } : null,
  };
}
