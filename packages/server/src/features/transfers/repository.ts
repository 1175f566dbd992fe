import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';

/** Relation transfers: Kysely only. */
type Db = Kysely<DB>;

const transferQuery = (db: Db) =>
  db
    .selectFrom('transfers as t')
    .innerJoin('branches as b', 'b.id', 't.branch_id')
    .innerJoin('persons as p', 'p.id', 't.person_id')
    .leftJoin('branches as ob', 'ob.id', 't.other_branch_id')
    .selectAll('t')
    .select(['b.short_name as branch_name', 'p.name as person_name', 'ob.short_name as other_branch_name']);

export const findTransfer = (db: Db, organId: string, id: string) => transferQuery(db).where('t.organ_id', '=', organId).where('t.id', '=', id).executeTakeFirst();
export type TransferRow = NonNullable<Awaited<ReturnType<typeof findTransfer>>>;

/** The transfers of a branch, sending or receiving, newest first. */
export const transfersOf = (db: Db, branchId: string) =>
  transferQuery(db)
    .where((eb) => eb.or([eb('t.branch_id', '=', branchId), eb('t.other_branch_id', '=', branchId)]))
    .orderBy('t.issued_on', 'desc')
    .orderBy('t.recorded_at', 'desc')
    .execute();

/** 党费已交到: the last month paid in the dues ledger (monthly payments), or null. */
export async function duesPaidTo(db: Db, personId: string): Promise<string | null> {
  const r = await db.selectFrom('dues_payments').select((eb) => eb.fn.max('month').as('m')).where('person_id', '=', personId).where('kind', '=', 'monthly').executeTakeFirst();
  return (r?.m as string | null | undefined) ?? null;
}
