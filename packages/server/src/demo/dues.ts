import { sql, type Kysely } from 'kysely';
import { monthlyDues, shiftMonth, type DuesCategory } from '@zhibu/domain';
import type { DB } from '../db/types.js';
import { bulkInsert } from '../db/bulk.js';
import { createRng } from './random.js';

/**
 * The demo's 党费 (issue 6 §4–5), relative to `asOf`: a base for every 党员 from January of last year and of this
 * year (organ salaries 4,000–12,000 yuan; the branch of retirees 3,000–7,000), each month paid early in the month
 * (before the 主题党日) from last January up to this month where its day has come; two members owe the last 3 and 4
 * months, one has paid 4 months ahead, one is exempt this year with the approval recorded, one gave a voluntary
 * 1,000 yuan. Bulk inserts: a few thousand rows.
 */
export async function loadDemoDues(trx: Kysely<DB>, organId: string, asOf: string): Promise<void> {
  const rng = createRng(`dues-${asOf}`);
  const y = Number(asOf.slice(0, 4));
  const thisMonth = asOf.slice(0, 7);
  const members = await sql<{ branch_id: string; person_id: string; joined_on: string | null; start_on: string; branch_name: string }>`
    select bm.branch_id, p.id as person_id, to_char(p.joined_on, 'YYYY-MM-DD') as joined_on, to_char(bm.start_on, 'YYYY-MM-DD') as start_on, b.full_name as branch_name
    from branch_memberships bm join persons p on p.id = bm.person_id join branches b on b.id = bm.branch_id
    where b.organ_id = ${organId} and p.category in ('full', 'probationary') and p.status = 'active'
      and bm.start_on <= ${asOf}::date and (bm.end_on is null or bm.end_on >= ${asOf}::date)
    order by b.full_name, p.name_pinyin`.execute(trx);
  if (members.rows.length === 0) return;
  const seen = new Set<string>();
  const rows = members.rows.filter((m) => !seen.has(m.person_id) && !!seen.add(m.person_id));
  const collectorOf = new Map<string, string>();
  for (const m of rows) if (!collectorOf.has(m.branch_id)) collectorOf.set(m.branch_id, m.person_id);
  const bases: Record<string, unknown>[] = [];
  const payments: Record<string, unknown>[] = [];
  const reductions: Record<string, unknown>[] = [];
  const roles = { ahead: 2, exempt: 3, voluntary: 4 };
  // the two members in arrears sit in branches that already carry the demo's deliberate gaps, so the clean branches
  // stay clean: 研究室's fails its 主题党日 "交纳当月党费" since September; 法制's is the member the 六个月预警 watches,
  // absent from those meetings. Matched on the full name's end (full names start with the organ's party committee).
  const owing = new Map<string, number>();
  for (const [pattern, months] of [[/研究室党支部$/, 3], [/法制工作委员会党支部$/, 4]] as const) {
    const m = rows.filter((r) => pattern.test(r.branch_name))[1];
    if (m) owing.set(m.person_id, months);
  }
  for (const [i, m] of rows.entries()) {
    const retired = /离退休|老干部|退休/.test(m.branch_name);
    const category: DuesCategory = retired ? 'retired' : 'onJob';
    // a base in yuan with cents, as a salary slip has them; a raise this year for most
    const last = retired ? rng.int(3000, 7000) * 100 + rng.int(0, 99) : rng.int(4000, 11500) * 100 + rng.int(0, 99);
    const now = rng.chance(0.7) ? last + rng.int(100, 500) * 100 : last;
    for (const [fromMonth, baseFen] of [[`${y - 1}-01`, last], [`${y}-01`, now]] as const) {
      bases.push({ id: rng.uuid(), person_id: m.person_id, from_month: fromMonth, dues_category: category, base_fen: baseFen, fixed_fen: null, note: '年初核定' });
    }
    const liable = [m.joined_on?.slice(0, 7) ?? '0000-01', m.start_on.slice(0, 7), `${y - 1}-01`].sort().pop()!;
    let upTo = thisMonth;
    const owes = owing.get(m.person_id);
    if (owes) upTo = shiftMonth(thisMonth, -owes);
    const exempt = i === roles.exempt;
    if (exempt) {
      reductions.push({
        id: rng.uuid(),
        person_id: m.person_id,
        from_month: `${y}-01`,
        to_month: `${y}-12`,
        amount_fen: 0,
        reason: '身患重病长期住院，家庭生活困难',
        branch_decided_on: `${y - 1}-12-20`,
        approval_ref: `机关党委〔${y}〕2号`,
        approved_on: `${y}-01-08`,
      });
    }
    const dueIn = (month: string) => (exempt && month >= `${y}-01` ? 0 : monthlyDues({ category, baseFen: month >= `${y}-01` ? now : last }).dueFen);
    for (let month = liable; month <= upTo; month = shiftMonth(month, 1)) {
      const paidOn = `${month}-0${rng.int(1, 8)}`;
      if (paidOn > asOf) break;
      const due = dueIn(month);
      payments.push({ id: rng.uuid(), organ_id: organId, branch_id: m.branch_id, person_id: m.person_id, kind: 'monthly', month, due_fen: due, amount_fen: due, paid_on: paidOn, method: rng.pick(['cash', 'transfer', 'online']), receipt_no: null, collector_person_id: collectorOf.get(m.branch_id), paid_by: null, note: null });
    }
    if (i === roles.ahead) {
      // paid the next 4 months ahead on the first of this month (预交 at most 6 months)
      for (let k = 1; k <= 4; k++) {
        const month = shiftMonth(thisMonth, k);
        const due = dueIn(month);
        payments.push({ id: rng.uuid(), organ_id: organId, branch_id: m.branch_id, person_id: m.person_id, kind: 'monthly', month, due_fen: due, amount_fen: due, paid_on: `${thisMonth}-01`, method: 'transfer', receipt_no: null, collector_person_id: collectorOf.get(m.branch_id), paid_by: null, note: '外派前预交' });
      }
    }
    if (i === roles.voluntary) {
      payments.push({ id: rng.uuid(), organ_id: organId, branch_id: m.branch_id, person_id: m.person_id, kind: 'voluntary', month: null, due_fen: null, amount_fen: 100000, paid_on: `${thisMonth}-01`, method: 'transfer', receipt_no: null, collector_person_id: collectorOf.get(m.branch_id), paid_by: null, note: '自愿多交' });
    }
  }
  await bulkInsert(trx, 'dues_bases', bases, { id: 'uuid', person_id: 'uuid', from_month: 'text', dues_category: 'text', base_fen: 'bigint', fixed_fen: 'integer', note: 'text' });
  await bulkInsert(trx, 'dues_reductions', reductions, {
    id: 'uuid',
    person_id: 'uuid',
    from_month: 'text',
    to_month: 'text',
    amount_fen: 'integer',
    reason: 'text',
    branch_decided_on: 'date',
    approval_ref: 'text',
    approved_on: 'date',
  });
  await bulkInsert(trx, 'dues_payments', payments, {
    id: 'uuid',
    organ_id: 'uuid',
    branch_id: 'uuid',
    person_id: 'uuid',
    kind: 'text',
    month: 'text',
    due_fen: 'bigint',
    amount_fen: 'bigint',
    paid_on: 'date',
    method: 'text',
    receipt_no: 'text',
    collector_person_id: 'uuid',
    paid_by: 'text',
    note: 'text',
  });
}
