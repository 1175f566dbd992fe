import { randomUUID } from 'node:crypto';
import { checkPayment, isCentralRemittance, monthCnLabel } from '@zhibu/domain';
import type { DuesPayment, DuesPaymentInput, DuesReductionInput, VoluntaryDuesInput } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { recordEvent, recordEvents } from '../../audit/audit.js';
import { invalid, notFound } from '../../errors.js';
import { duesBranch } from './access.js';
import { basesOf, findPayment, findPerson, reductionsOf } from './repository.js';
import { fenOf, memberDuesOf, memberOfBranch, presentPayment, roundingUnitOf } from './service.js';

/*
 * 党费 reductions and payments (R-DUES-4..6): monthly, voluntary, and corrections.
 *
 * Closed record books (LED-1) do not freeze payments, and no `assertBookOpen` is asked here: 党费 are not a record of
 * the meeting record book, which holds meetings and talks only. They are the 党员管理 ledger (LED-3, LED-8), kept as
 * the 收缴登记表 and 台账 per month and year, where a late 补交 of an old month or the correction of a wrong entry
 * (deleted with its reason in the audit trail) must stay possible. A closed book's frozen PDF keeps the 主题党日 line
 * "出席党员n人中m人已交本月党费" as it was when the book was closed; the live one follows the payments.
 */
type Db = Ctx['db'];

export async function addReduction(ctx: Ctx, branchId: string, i: DuesReductionInput): Promise<{ id: string }> {
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await duesBranch(ctx, trx, branchId, 'write');
    await memberOfBranch(ctx, trx, branchId, i.personId, i.fromMonth);
    const amount = fenOf(i.amount, '减免后每月交纳金额');
    const problems: string[] = [];
    if (i.toMonth < i.fromMonth) problems.push('截止月份不能早于起始月份');
    if (i.approvedOn < i.branchDecidedOn) problems.push('上级批准日期不能早于支部研究日期');
    if (i.approvedOn > ctx.today || i.branchDecidedOn > ctx.today) problems.push('支部研究和上级批准的日期不能晚于今天');
    const overlap = await trx.selectFrom('dues_reductions').select(['from_month', 'to_month']).where('person_id', '=', i.personId).where('from_month', '<=', i.toMonth).where('to_month', '>=', i.fromMonth).executeTakeFirst();
    if (overlap) problems.push(`与已登记的减免（${monthCnLabel(overlap.from_month)}至${monthCnLabel(overlap.to_month)}）重叠`);
    if (problems.length) throw invalid(problems.join('；'), { problems });
    const row = {
      id,
      person_id: i.personId,
      from_month: i.fromMonth,
      to_month: i.toMonth,
      amount_fen: amount,
      reason: i.reason,
      branch_decided_on: i.branchDecidedOn,
      approval_ref: i.approvalRef,
      approved_on: i.approvedOn,
    };
    await trx.insertInto('dues_reductions').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'dues.reduction.recorded', entityType: 'duesReduction', entityId: id, after: row });
  });
  return { id };
}

export async function deleteReduction(ctx: Ctx, branchId: string, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await duesBranch(ctx, trx, branchId, 'write');
    const r = await trx.selectFrom('dues_reductions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) throw notFound('减免记录');
    await memberOfBranch(ctx, trx, branchId, r.person_id, r.from_month);
    await trx.deleteFrom('dues_reductions').where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'dues.reduction.deleted', entityType: 'duesReduction', entityId: id, before: r });
  });
}

/** The collector, a person of the organ. */
async function checkCollector(ctx: Ctx, db: Db, id: string | null | undefined): Promise<void> {
  if (id && !(await findPerson(db, ctx.viewer.organId, id))) throw invalid('收款人不是本机关的人员');
}

/** One payment of one member for one or several months: all months checked first, each month its own row. */
export async function recordPayment(ctx: Ctx, branchId: string, i: DuesPaymentInput): Promise<DuesPayment[]> {
  const ids: string[] = [];
  await ctx.db.transaction().execute(async (trx) => {
    await duesBranch(ctx, trx, branchId, 'write');
    if (i.paidOn > ctx.today) throw invalid('交纳日期不能晚于今天');
    const spans = await memberOfBranch(ctx, trx, branchId, i.personId, i.months.slice().sort()[0]!);
    await checkCollector(ctx, trx, i.collectorPersonId);
    const amountFen = i.amount != null && i.amount.trim() !== '' ? fenOf(i.amount, '实交金额') : null;
    const [bases, reductions, unit] = await Promise.all([basesOf(trx, [i.personId]), reductionsOf(trx, [i.personId]), roundingUnitOf(trx, ctx.viewer.organId, i.paidOn)]);
    const paid = await trx
      .selectFrom('dues_payments')
      .select(['month', 'amount_fen', 'due_fen', 'paid_on'])
      .where('person_id', '=', i.personId)
      .where('kind', '=', 'monthly')
      .where('month', 'in', i.months)
      .execute();
    const r = checkPayment(
      memberDuesOf(spans, bases, reductions),
      new Map(paid.map((p) => [p.month!, { month: p.month!, amountFen: Number(p.amount_fen), dueFen: p.due_fen === null ? null : Number(p.due_fen), paidOn: p.paid_on }])),
      { months: i.months, paidOn: i.paidOn, amountFen, note: i.note ?? null },
      unit,
    );
    if (!r.ok) throw invalid(r.problems.join('；'), { problems: r.problems });
    const rows = r.months.map((m) => ({
      id: randomUUID(),
      organ_id: ctx.viewer.organId,
      branch_id: branchId,
      person_id: i.personId,
      kind: 'monthly' as const,
      month: m.month,
      due_fen: m.dueFen,
      amount_fen: m.amountFen,
      paid_on: i.paidOn,
      method: i.method,
      receipt_no: i.receiptNo ?? null,
      collector_person_id: i.collectorPersonId ?? null,
      paid_by: i.paidBy ?? null,
      note: i.note ?? null,
    }));
    await trx.insertInto('dues_payments').values(rows).execute();
    await recordEvents(
      trx,
      ctx.actor,
      rows.map((row) => ({ organId: ctx.viewer.organId, action: 'dues.payment.recorded', entityType: 'duesPayment', entityId: row.id, after: row })),
    );
    ids.push(...rows.map((x) => x.id));
  });
  return Promise.all(ids.map(async (id) => presentPayment((await findPayment(ctx.db, ctx.viewer.organId, id))!)));
}

/** A voluntary extra amount (R-DUES-5): flagged for the Central Committee at 1000 yuan or more. */
export async function recordVoluntary(ctx: Ctx, branchId: string, i: VoluntaryDuesInput): Promise<DuesPayment> {
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await duesBranch(ctx, trx, branchId, 'write');
    if (i.paidOn > ctx.today) throw invalid('交纳日期不能晚于今天');
    await memberOfBranch(ctx, trx, branchId, i.personId, i.paidOn.slice(0, 7));
    await checkCollector(ctx, trx, i.collectorPersonId);
    const amount = fenOf(i.amount, '自愿多交金额');
    if (amount === 0) throw invalid('自愿多交金额应大于0');
    const row = {
      id,
      organ_id: ctx.viewer.organId,
      branch_id: branchId,
      person_id: i.personId,
      kind: 'voluntary' as const,
      month: null,
      due_fen: null,
      amount_fen: amount,
      paid_on: i.paidOn,
      method: i.method,
      receipt_no: i.receiptNo ?? null,
      collector_person_id: i.collectorPersonId ?? null,
      paid_by: i.paidBy ?? null,
      note: i.note ?? null,
    };
    await trx.insertInto('dues_payments').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'dues.voluntary.recorded', entityType: 'duesPayment', entityId: id, after: { ...row, centralRemittance: isCentralRemittance(amount) } });
  });
  return presentPayment((await findPayment(ctx.db, ctx.viewer.organId, id))!);
}

/** A correction: an officer deletes a payment, with the reason kept in the audit trail. */
export async function deletePayment(ctx: Ctx, branchId: string, id: string, reason: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await duesBranch(ctx, trx, branchId, 'write');
    const p = await findPayment(trx, ctx.viewer.organId, id);
    if (!p || p.branch_id !== branchId) throw notFound('交费记录');
    await trx.deleteFrom('dues_payments').where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'dues.payment.deleted', entityType: 'duesPayment', entityId: id, before: p, after: { reason } });
  });
}

