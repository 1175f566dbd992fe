import { sql, type Kysely } from 'kysely';
import { shiftMonth, type DuesFacts } from '@zhibu/domain';
import type { DB } from '../../../db/types.js';
import type { FactRange } from '../repository.js';

/**
 * Loads the dues facts of the branches in range, set-based (one query per kind of record for all branches), keyed by
 * branch id. Payments and reductions from 12 months before the month of `r.to` (the 6-month watch, MEM-3, follows a
 * run back 12 months from the last closed month, across the year boundary) or from `r.from` (LIFE-5 reads the year's
 * 主题党日) if that is earlier, up to `r.to`: a year judged in November reads 13 months, not 23. A reduction belongs to the branch of its member's membership overlapping it.
 */
export async function loadDuesFacts(db: Kysely<DB>, r: FactRange): Promise<Map<string, DuesFacts>> {
  const toMonth = r.to.slice(0, 7);
  const lookback = shiftMonth(toMonth, -12);
  const fromMonth = lookback < r.from.slice(0, 7) ? lookback : r.from.slice(0, 7);
  const branchFilter = (col: string) => (r.branchIds ? sql`and ${sql.ref(col)} = any(${sql.val(r.branchIds)}::uuid[])` : sql``);
  const [payments, reductions] = await Promise.all([
    // one line per member and branch — branch id, person id, then `YYYY-MMYYYY-MM-DD` (month paid for, day paid) per
    // payment — in one string: 60,000 members × 23 months as JSON tuples cost PGlite four times as much
    sql<{ packed: string | null }>`
      select string_agg(x.line, ',') as packed from (
        select d.branch_id::text || d.person_id::text || string_agg(d.month || to_char(d.paid_on, 'YYYY-MM-DD'), '') as line
        from dues_payments d
        where d.organ_id = ${r.organId} and d.kind = 'monthly' and d.month between ${fromMonth} and ${toMonth} ${branchFilter('d.branch_id')}
        group by d.branch_id, d.person_id) x`.execute(db),
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
    if (!f) out.set(branchId, (f = { payments: [], reductions: [] }));
    return f;
  };
  for (const line of payments.rows[0]?.packed?.split(',') ?? []) {
    const list = of(line.slice(0, 36)).payments;
    const personId = line.slice(36, 72);
    for (let i = 72; i < line.length; i += 17) list.push({ personId, month: line.slice(i, i + 7), paidOn: line.slice(i + 7, i + 17) });
  }
  for (const [branchId, personId, fromM, toM, amountFen] of reductions.rows[0]?.rows ?? []) of(branchId).reductions.push({ personId, fromMonth: fromM, toMonth: toM, amountFen: Number(amountFen) });
  return out;
}
