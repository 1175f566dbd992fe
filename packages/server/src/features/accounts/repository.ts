import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import { inForceOn } from '../../db/periods.js';

export async function listAccounts(db: Kysely<DB>, organId: string, branchId: string | null, today: string) {
  let q = db
    .selectFrom('accounts as a')
    .leftJoin('persons as p', 'p.id', 'a.person_id')
    .select(['a.id', 'a.username', 'a.must_change_password', 'a.locked_until', 'a.disabled', 'a.last_login_at', 'p.id as person_id', 'p.name as person_name'])
    .where('a.organ_id', '=', organId);
  if (branchId) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('branch_memberships as bm')
          .select('bm.id')
          .whereRef('bm.person_id', '=', 'a.person_id')
          .where('bm.branch_id', '=', branchId)
          .where(inForceOn('bm.start_on', 'bm.end_on', today)),
      ),
    );
  }
  const accounts = await q.orderBy('a.username').execute();
  const roles = accounts.length
    ? await db.selectFrom('account_roles').selectAll().where('account_id', 'in', accounts.map((a) => a.id)).execute()
    : [];
  return { accounts, roles };
}

/** Members of a branch on a date who have no account yet. */
export async function personsWithoutAccount(db: Kysely<DB>, branchId: string, today: string) {
  return db
    .selectFrom('persons as p')
    .innerJoin('branch_memberships as bm', 'bm.person_id', 'p.id')
    .leftJoin('accounts as a', 'a.person_id', 'p.id')
    .select(['p.id', 'p.name', 'p.name_pinyin', 'p.organ_id'])
    .where('bm.branch_id', '=', branchId)
    .where(inForceOn('bm.start_on', 'bm.end_on', today))
    .where('a.id', 'is', null)
    .where('p.status', '=', 'active')
    .orderBy('p.name_pinyin')
    .execute();
}

export async function takenUsernames(db: Kysely<DB>, prefixes: string[]): Promise<Set<string>> {
  if (prefixes.length === 0) return new Set();
  const rows = await db
    .selectFrom('accounts')
    .select('username')
    .where((eb) => eb.or(prefixes.map((p) => eb('username', 'like', `${p}%`))))
    .execute();
  return new Set(rows.map((r) => r.username));
}
