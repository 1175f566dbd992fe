import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/types.js';

/**
 * The names to show for audit actors (`user:<username>`, `cli:<system user>`) on a page: the person an account is
 * linked to, else the username; a command-line actor reads as 系统维护（命令行）. One query for all of them.
 */
export async function actorNames(db: Kysely<DB> | Transaction<DB>, organId: string, actors: readonly (string | null | undefined)[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const usernames = new Set<string>();
  for (const a of actors) {
    if (!a || out.has(a)) continue;
    if (a.startsWith('user:')) usernames.add(a.slice(5));
    else out.set(a, a.startsWith('cli:') ? '系统维护（命令行）' : a);
  }
  if (usernames.size > 0) {
    const rows = await db
      .selectFrom('accounts as a')
      .leftJoin('persons as p', 'p.id', 'a.person_id')
      .select(['a.username', 'p.name'])
      .where('a.organ_id', '=', organId)
      .where('a.username', 'in', [...usernames])
      .execute();
    const byUser = new Map(rows.map((r) => [r.username, r.name ?? r.username]));
    for (const u of usernames) out.set(`user:${u}`, byUser.get(u) ?? u);
  }
  return out;
}
