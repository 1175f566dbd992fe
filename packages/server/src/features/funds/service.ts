import { randomUUID } from 'node:crypto';
import { allocationShare, balanceOf, expenseProblems, paramsInForce, type ParamValue } from '@zhibu/domain';
import type { AllocationProposal, FundExpenseInput, FundLedger, VenuePlan, ZAllocationInput, ZVenuePlanDecision, ZVenuePlanInput } from '@zhibu/schemas';
import type { z } from 'zod';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import { attachCarried, decodeCarried } from '../attachments/carried.js';
import type { FileStore } from '../attachments/store.js';
import { loadParamChanges } from '../check/repository.js';
import { findBranchOfOrgan } from '../meetings/repository.js';
import { fundsBranch, readsFunds, requireOrganAdmin, writesFunds } from './access.js';
import { presentEntries, presentPlan } from './presenter.js';
import { allocationsOfYear, duesOfYear, entriesOf, findPlan, plansOf, receiptsOf } from './repository.js';

/** Activity funds (LED-7): allocations from the retained dues, expenses with receipts and reports, venue plans (REQ-2). */
const yearOr = (ctx: Ctx, y: number | undefined) => y ?? Number(ctx.today.slice(0, 4));
const ledgerFacts = (rows: Awaited<ReturnType<typeof entriesOf>>) =>
  rows.map((r, i) => ({ id: r.id, kind: r.kind, occurredOn: r.occurred_on, amountFen: Number(r.amount_fen), seq: i }));

export async function fundLedger(ctx: Ctx, branchId: string, year: number | undefined): Promise<FundLedger> {
  const b = await fundsBranch(ctx, ctx.db, branchId);
  const y = yearOr(ctx, year);
  const rows = await entriesOf(ctx.db, branchId);
  const receipts = await receiptsOf(ctx.db, ctx.viewer.organId, rows.filter((r) => r.kind === 'expense').map((r) => r.id));
  const all = presentEntries(rows, receipts);
  const facts = ledgerFacts(rows);
  const inYear = all.filter((e) => e.occurredOn.startsWith(`${y}-`));
  return {
    branch: { id: b.id, name: b.full_name },
    year: y,
    openingFen: balanceOf(facts, `${y - 1}-12-31`),
    inFen: inYear.filter((e) => e.kind === 'allocation').reduce((s, e) => s + e.amountFen, 0),
    outFen: inYear.filter((e) => e.kind === 'expense').reduce((s, e) => s + e.amountFen, 0),
    balanceFen: balanceOf(facts, `${y}-12-31`),
    currentBalanceFen: balanceOf(facts),
    entries: inYear,
    abilities: { write: writesFunds(ctx.viewer, branchId) && b.status === 'active' },
  };
}

/**
 * An expense and its receipt copies, saved together or not at all: the receipts travel in the same request (base64),
 * are type-checked from their bytes first, and the entry, the files and the attachments are written in one
 * transaction after the balance, the report and the venue plan are checked. A refused expense leaves nothing behind.
 */
export async function createExpense(ctx: Ctx, store: FileStore, branchId: string, input: FundExpenseInput): Promise<FundLedger['entries'][number]> {
  const files = await decodeCarried(ctx, input.receipts, { test: (mime) => mime === 'application/pdf' || mime.startsWith('image/'), refusal: (name) => `票据「${name}」须为 PDF 或图片` });
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const b = await fundsBranch(ctx, trx, branchId, 'write');
    if (b.status !== 'active') throw invalid('已撤销的党支部不能登记活动经费支出');
    const rows = await entriesOf(trx, branchId);
    let plan: Awaited<ReturnType<typeof findPlan>> | undefined;
    if (input.venuePlanId) {
      plan = await findPlan(trx, ctx.viewer.organId, input.venuePlanId);
      if (!plan || plan.branch_id !== branchId) throw invalid('所选场地经费计划不是本支部的');
    }
    const problems = expenseProblems(
      ledgerFacts(rows),
      {
        occurredOn: input.occurredOn,
        amountFen: input.amountFen,
        useCategory: input.useCategory,
        activityReport: input.activityReport,
        receipts: files.length,
        venuePlan: plan ? { status: plan.status, amountFen: Number(plan.amount_fen), spentFen: Number(plan.spent_fen ?? 0) } : null,
      },
      ctx.today,
    );
    if (input.meetingId) {
      const m = await trx.selectFrom('meetings').select(['id', 'status']).where('id', '=', input.meetingId).where('branch_id', '=', branchId).executeTakeFirst();
      if (!m) problems.push('所选会议不是本支部的会议');
    }
    if (problems.length) throw invalid(problems.join('；'), { problems });
    const row = {
      id,
      organ_id: ctx.viewer.organId,
      branch_id: branchId,
      kind: 'expense' as const,
      occurred_on: input.occurredOn,
      amount_fen: input.amountFen,
      title: input.title,
      dues_year: null,
      use_category: input.useCategory,
      activity_report: input.activityReport.trim(),
      meeting_id: input.meetingId ?? null,
      venue_plan_id: input.venuePlanId ?? null,
    };
    await trx.insertInto('fund_entries').values(row).execute();
    const receipts = [];
    for (const f of files) receipts.push(await attachCarried(trx, store, ctx, { entityType: 'fundExpense', entityId: id, slot: 'receipt' }, f));
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'fund.expenseRecorded', entityType: 'fundEntry', entityId: id, after: { ...row, receipts } });
  });
  const ledger = await fundLedger(ctx, branchId, Number(input.occurredOn.slice(0, 4)));
  return ledger.entries.find((e) => e.id === id)!;
}

/** The 机关党委's proposal for a dues year: each branch's basis, its share at the ratio in force, what was given. */
export async function allocationProposal(ctx: Ctx, year: number | undefined): Promise<AllocationProposal> {
  requireOrganAdmin(ctx);
  const y = year ?? Number(ctx.today.slice(0, 4)) - 1;
  const changes = await loadParamChanges(ctx.db, ctx.viewer.organId);
  const params = paramsInForce(changes.map((c) => ({ key: c.key, value: c.value as ParamValue, effectiveFrom: c.effective_from })), `${y}-12-31`);
  const ratio = Number(params['funds.branchShareRatio']);
  const basis = params['funds.basis'] === 'due' ? ('due' as const) : ('collected' as const);
  const [branches, dues, given] = await Promise.all([
    ctx.db.selectFrom('branches').select(['id', 'full_name', 'status', 'founded_on', 'dissolved_on']).where('organ_id', '=', ctx.viewer.organId).orderBy('full_name').execute(),
    duesOfYear(ctx.db, ctx.viewer.organId, y),
    allocationsOfYear(ctx.db, ctx.viewer.organId, y),
  ]);
  const givenBy = new Map(given.map((g) => [g.branch_id, g]));
  const items = branches
    .filter((b) => b.status === 'active' || givenBy.has(b.id) || dues.collected.has(b.id))
    .map((b) => {
      const collectedFen = dues.collected.get(b.id) ?? 0;
      const dueFen = dues.due.get(b.id) ?? 0;
      const basisFen = basis === 'due' ? dueFen : collectedFen;
      const g = givenBy.get(b.id);
      return {
        branch: { id: b.id, name: b.full_name },
        collectedFen,
        dueFen,
        basisFen,
        proposedFen: allocationShare(basisFen, ratio),
        allocated: g ? { id: g.id, amountFen: Number(g.amount_fen), occurredOn: g.occurred_on } : null,
      };
    });
  return { year: y, ratioPercent: ratio, basis, items };
}

/** One allocation per branch and dues year (a second is refused); the amount defaults to the proposal's share. */
export async function allocate(ctx: Ctx, input: z.infer<typeof ZAllocationInput>): Promise<AllocationProposal> {
  requireOrganAdmin(ctx);
  if (input.occurredOn > ctx.today) throw invalid('拨付日期不能晚于今天');
  const proposal = await allocationProposal(ctx, input.duesYear);
  const item = proposal.items.find((i) => i.branch.id === input.branchId);
  await ctx.db.transaction().execute(async (trx) => {
    const b = await findBranchOfOrgan(trx, ctx.viewer.organId, input.branchId);
    if (!b || !item) throw notFound('党支部');
    if (b.status !== 'active') throw invalid('已撤销的党支部不能拨付活动经费');
    const existing = await trx.selectFrom('fund_entries').select('id').where('branch_id', '=', input.branchId).where('kind', '=', 'allocation').where('dues_year', '=', input.duesYear).executeTakeFirst();
    if (existing) throw new AppError('CONFLICT', `${b.full_name}${input.duesYear}年度的活动经费已经拨付，不能重复拨付`);
    const amount = input.amountFen ?? item.proposedFen;
    if (amount <= 0) throw invalid(`${b.full_name}${input.duesYear}年度没有可计算的党费，请填写拨付金额`);
    const id = randomUUID();
    const row = {
      id,
      organ_id: ctx.viewer.organId,
      branch_id: input.branchId,
      kind: 'allocation' as const,
      occurred_on: input.occurredOn,
      amount_fen: amount,
      title: `${input.duesYear}年度留存党费活动经费（${proposal.ratioPercent}%）`,
      dues_year: input.duesYear,
      use_category: null,
      activity_report: null,
      meeting_id: null,
      venue_plan_id: null,
    };
    await trx.insertInto('fund_entries').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'fund.allocated', entityType: 'fundEntry', entityId: id, after: { ...row, basis: proposal.basis, basisFen: item.basisFen } });
  });
  return allocationProposal(ctx, input.duesYear);
}

export async function branchPlans(ctx: Ctx, branchId: string, year: number | undefined): Promise<VenuePlan[]> {
  await fundsBranch(ctx, ctx.db, branchId);
  return (await plansOf(ctx.db, ctx.viewer.organId, { branchId, year })).map(presentPlan);
}

export async function organPlans(ctx: Ctx, q: { year?: number | undefined; status?: 'submitted' | 'approved' | 'rejected' | undefined }): Promise<VenuePlan[]> {
  requireOrganAdmin(ctx);
  return (await plansOf(ctx.db, ctx.viewer.organId, q)).map(presentPlan);
}

export async function submitPlan(ctx: Ctx, branchId: string, input: z.infer<typeof ZVenuePlanInput>): Promise<VenuePlan> {
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const b = await fundsBranch(ctx, trx, branchId, 'write');
    if (b.status !== 'active') throw invalid('已撤销的党支部不能报送场地经费计划');
    const row = { id, organ_id: ctx.viewer.organId, branch_id: branchId, year: input.year, title: input.title, amount_fen: input.amountFen, details: input.details ?? null };
    await trx.insertInto('venue_expense_plans').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'venuePlan.submitted', entityType: 'venuePlan', entityId: id, after: row });
  });
  return presentPlan((await findPlan(ctx.db, ctx.viewer.organId, id))!);
}

export async function decidePlan(ctx: Ctx, id: string, input: z.infer<typeof ZVenuePlanDecision>): Promise<VenuePlan> {
  await ctx.db.transaction().execute(async (trx) => {
    const p = await findPlan(trx, ctx.viewer.organId, id);
    if (!p || !readsFunds(ctx.viewer, p.branch_id)) throw notFound('场地经费计划');
    if (!(ctx.viewer.organRoles.includes('organAdmin'))) throw forbidden('只有机关党委管理员可以审批场地经费计划');
    if (p.status !== 'submitted') throw new AppError('CONFLICT', '该场地经费计划已经审批过');
    const decidedOn = input.decidedOn ?? ctx.today;
    if (decidedOn > ctx.today) throw invalid('审批日期不能晚于今天');
    if (input.decision === 'reject' && !input.note) throw invalid('不批准时请填写意见');
    const after = { status: input.decision === 'approve' ? ('approved' as const) : ('rejected' as const), decided_on: decidedOn, decision_note: input.note ?? null };
    await trx.updateTable('venue_expense_plans').set(after).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'venuePlan.decided', entityType: 'venuePlan', entityId: id, before: { status: p.status }, after });
  });
  return presentPlan((await findPlan(ctx.db, ctx.viewer.organId, id))!);
}
