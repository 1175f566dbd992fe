import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { monthlyDues, shiftMonth } from '@zhibu/domain';
import type { DB } from '../packages/server/src/db/types.js';
import { bulkInsert } from '../packages/server/src/db/bulk.js';

/**
 * 党费 for a benchmark organ (MEM-3, LIFE-5): a base for every 党员 from January of the year of `asOf`, and 11 monthly
 * payments ending with the month of `asOf` (each paid on the 5th, or on `asOf` when that comes first); one member in 50
 * stopped paying 4 months ago, so that the 6-month watch and LIFE-5 have work to do at scale.
 */
export async function generateDues(trx: Kysely<DB>, organId: string, asOf: string): Promise<void> {
  const year = Number(asOf.slice(0, 4));
  const members = await trx
    .selectFrom('branch_memberships')
    .innerJoin('branches', 'branches.id', 'branch_memberships.branch_id')
    .innerJoin('persons', 'persons.id', 'branch_memberships.person_id')
    .select(['branch_memberships.branch_id', 'branch_memberships.person_id'])
    .where('branches.organ_id', '=', organId)
    .where('persons.category', 'in', ['full', 'probationary'])
    .where('branch_memberships.end_on', 'is', null)
    .execute();
  const seen = new Set<string>();
  const bases: Record<string, unknown>[] = [];
  const payments: Record<string, unknown>[] = [];
  const last = asOf.slice(0, 7);
  members.forEach((m, i) => {
    if (seen.has(m.person_id)) return;
    seen.add(m.person_id);
    const baseFen = 400000 + ((i * 7919) % 800000);
    bases.push({ id: randomUUID(), person_id: m.person_id, from_month: `${year}-01`, dues_category: 'onJob', base_fen: baseFen });
    const due = monthlyDues({ category: 'onJob', baseFen }).dueFen;
    const upTo = i % 50 === 13 ? shiftMonth(last, -4) : last;
    for (let k = 10; k >= 0; k--) {
      const month = shiftMonth(last, -k);
      if (month > upTo) break;
      const paidOn = `${month}-05` <= asOf ? `${month}-05` : asOf;
      payments.push({ id: randomUUID(), organ_id: organId, branch_id: m.branch_id, person_id: m.person_id, kind: 'monthly', month, due_fen: due, amount_fen: due, paid_on: paidOn, method: 'cash' });
    }
  });
  const U = 'uuid';
  await bulkInsert(trx, 'dues_bases', bases, { id: U, person_id: U, from_month: 'text', dues_category: 'text', base_fen: 'bigint' });
  await bulkInsert(trx, 'dues_payments', payments, { id: U, organ_id: U, branch_id: U, person_id: U, kind: 'text', month: 'text', due_fen: 'bigint', amount_fen: 'bigint', paid_on: 'date', method: 'text' });
}
