import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';

/** Hardships (困难党员) and care visits: Kysely only. */
type Db = Kysely<DB>;

const hardshipQuery = (db: Db) =>
  db.selectFrom('hardships as h').innerJoin('branches as b', 'b.id', 'h.branch_id').innerJoin('persons as p', 'p.id', 'h.person_id').selectAll('h').select(['p.name as person_name', 'p.name_pinyin as pinyin', 'b.organ_id']);

export const findHardship = (db: Db, organId: string, id: string) => hardshipQuery(db).where('b.organ_id', '=', organId).where('h.id', '=', id).executeTakeFirst();
export type HardshipRow = NonNullable<Awaited<ReturnType<typeof findHardship>>>;

/** The branch's records in difficulty at some time of [from, to] (or all when no range), of one person if given. */
export function hardshipsOf(db: Db, branchId: string, q: { from?: string; to?: string; personId?: string | null }) {
  let query = hardshipQuery(db).where('h.branch_id', '=', branchId);
  if (q.to) query = query.where('h.since_on', '<=', q.to);
  const from = q.from;
  if (from) query = query.where((eb) => eb.or([eb('h.resolved_on', 'is', null), eb('h.resolved_on', '>=', from)]));
  if (q.personId) query = query.where('h.person_id', '=', q.personId);
  return query.orderBy('h.resolved_on', 'desc').orderBy('p.name_pinyin').orderBy('h.since_on').execute();
}

export async function visitsOf(db: Db, hardshipIds: readonly string[]) {
  if (hardshipIds.length === 0) return [];
  return db.selectFrom('care_visits').selectAll().where('hardship_id', 'in', [...hardshipIds]).orderBy('visited_on').orderBy('recorded_at').execute();
}
