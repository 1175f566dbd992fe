import { sql, type Kysely } from 'kysely';
import { emptyDuesFacts, shiftMonth, type DuesFacts } from '@zhibu/domain';
import type { DB } from '../../../db/types.js';
import type { FactRange } from '../repository.js';

/**
 * Loads the dues facts of the branches in range, keyed by branch id: per member the newest month paid for before the
 * month of `r.to` and the newest up to it (all the 6-month watch reads: its run of unpaid months ends at the newest
 * paid month it judges, and prepaid months have rows of their own), the months with any payment in the branch, and
 * the reductions. Payments are read from 12 months before the month of `r.to` (the watch follows a run back 12 months
 * from the last closed month, across the year boundary): a large organ has 780,000 payments in that window and sends
 * 82,000 rows. A reduction belongs to the branch of its member's membership overlapping it.
 */
export async function loadDuesFacts(db: Kysely<DB>, r: FactRange): Promise<Map<string, DuesFacts>> {
  const toMonth = r.to.slice(0, 7);
  const fromMonth = shiftMonth(toMonth, -12);
  const branchFilter = (col: string) => (r.branchIds ? sql`and ${sql.ref(col)} = any(${sql.val(r.branchIds)}::uuid[])` : sql``);
  const inRange = sql`d.organ_id = ${r.organId} and d.kind = 'monthly' and d.month between ${fromMonth} and ${toMonth} ${branchFilter('d.branch_id')}`;
  const [paid, reductions] = await Promise.all([
    // one scan grouped two ways, as one document: (branch, person, null, newest before, newest) per member and
    // (branch, null, month) per month with a payment
    sql<{ rows: [string, string | null, string | null, string | null, string | null][] | null }>`
      select json_agg(json_build_array(g.branch_id, g.person_id, g.month, g.closed, g.last)) as rows from (
        select d.branch_id, d.person_id, d.month, max(d.month) filter (where d.month < ${toMonth}) as closed, max(d.month) as last
        from dues_payments d where ${inRange}
        group by grouping sets ((d.branch_id, d.person_id), (d.branch_id, d.month))) g`.execute(db),
    sql<{ rows: [string, string, string, string, number][] | null }>`
      select json_agg(json_build_array(bm.branch_id, x.person_id, x.from_month, x.to_month, x.amount_fen)) as rows
      from dues_reductions x
      join branch_memberships bm on bm.person_id = x.person_id
        and bm.start_on <= (x.to_month || '-01')::date + interval '1 month' - interval '1 day'
        and (bm.end_on is null or bm.end_on >= (x.from_month || '-01')::date)
      join branches b on b.id = bm.branch_id
      where b.organ_id = ${r.organId} and x.to_month >= ${fromMonth} and x.from_month <= ${toMonth} ${branchFilter('bm.branch_id')}`.execute(db),
  ]);
  const out = new Map<string, DuesFacts>();
  const of = (branchId: string) => {
    let f = out.get(branchId);
    if (!f) out.set(branchId, (f = emptyDuesFacts()));
    return f;
  };
  for (const [branchId, personId, month, closed, last] of paid.rows[0]?.rows ?? []) {
    if (personId && last) of(branchId).paidMonths.push({ personId, months: closed && closed !== last ? [closed, last] : [last] });
    else if (month) of(branchId).recordedMonths.push(month);
  }
  for (const [branchId, personId, fromM, toM, amountFen] of reductions.rows[0]?.rows ?? []) of(branchId).reductions.push({ personId, fromMonth: fromM, toMonth: toM, amountFen: Number(amountFen) });
  return out;
}
