import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type World } from './fixtures.js';
import { apiClient } from './apiClient.js';

/**
 * Issue 6 item 6 (LED-7, REQ-2): the 机关党委 allocates each branch its share of the retained dues once per dues year;
 * the branch records expenses with receipts and the written report; venue costs need an approved plan. An expense
 * without a receipt or above the balance is refused with a Chinese message and nothing is saved.
 */
let w: World;
const { call, ok, refused, auditOf } = apiClient(() => w, ['fund_entries', 'venue_expense_plans', 'attachments', 'files']);
const A = () => `/api/branches/${w.branchA}`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n').toString('base64');
const expense = (o: Record<string, unknown> = {}) => ({
  occurredOn: '2026-10-15',
  amountFen: 30000,
  title: '购买党员教育读本',
  useCategory: 'materials',
  activityReport: '为全体党员购买《党章》学习读本8册，用于支部集中学习。',
  receipts: [{ fileName: '发票.pdf', contentBase64: PDF }],
  ...o,
});

beforeAll(async () => {
  w = await buildWorld();
  const db = w.database.db;
  // 2025 dues of branch A: 3000.00 paid (3600.00 due), of B: 1000.00 paid
  const pay = (branchId: string, person: string, month: string, due: number, amount: number) =>
    db
      .insertInto('dues_payments')
      .values({ id: crypto.randomUUID(), organ_id: w.organId, branch_id: branchId, person_id: w.persons[person]!, kind: 'monthly', month, due_fen: due, amount_fen: amount, paid_on: `${month}-20`, method: 'cash', receipt_no: null, collector_person_id: null, paid_by: null, note: null })
      .execute();
  await pay(w.branchA, 'memberA', '2025-03', 180000, 180000);
  await pay(w.branchA, 'spare1', '2025-04', 180000, 120000);
  await pay(w.branchB, 'memberB', '2025-05', 100000, 100000);
});
afterAll(async () => {
  await w.close();
});

describe('allocations (机关党委)', () => {
  it('proposes 25% of the dues collected per branch and allocates once per branch and dues year', async () => {
    const p = ok(await call('admin', 'GET', '/api/organ/funds/allocations?year=2025'));
    expect(p).toMatchObject({ year: 2025, ratioPercent: 25, basis: 'collected' });
    const a = p.items.find((i: { branch: { id: string } }) => i.branch.id === w.branchA);
    expect(a).toMatchObject({ collectedFen: 300000, dueFen: 360000, basisFen: 300000, proposedFen: 75000, allocated: null });
    const after = ok(await call('admin', 'POST', '/api/organ/funds/allocations', { branchId: w.branchA, duesYear: 2025, occurredOn: '2026-03-10' }));
    const given = after.items.find((i: { branch: { id: string } }) => i.branch.id === w.branchA).allocated;
    expect(given).toMatchObject({ amountFen: 75000, occurredOn: '2026-03-10' });
    expect((await auditOf(given.id)).map((e) => e.action)).toEqual(['fund.allocated']);
    await refused(409, /已经拨付，不能重复拨付/, 'admin', 'POST', '/api/organ/funds/allocations', { branchId: w.branchA, duesYear: 2025, occurredOn: '2026-03-11', amountFen: 100 });
  });

  it('the basis follows the parameter: dues due instead of collected', async () => {
    ok(await call('admin', 'POST', '/api/check/params', { key: 'funds.basis', value: 'due', effectiveFrom: '2025-01-01', reason: '按应交党费计算' }));
    const p = ok(await call('admin', 'GET', '/api/organ/funds/allocations?year=2025'));
    expect(p.basis).toBe('due');
    expect(p.items.find((i: { branch: { id: string } }) => i.branch.id === w.branchA)).toMatchObject({ basisFen: 360000, proposedFen: 90000 });
  });

  it('only the organ admin sees the proposal and allocates', async () => {
    await refused(403, /只有机关党委管理员/, 'secretarya', 'GET', '/api/organ/funds/allocations?year=2025');
    await refused(403, /只有机关党委管理员/, 'secretarya', 'POST', '/api/organ/funds/allocations', { branchId: w.branchA, duesYear: 2024, occurredOn: '2026-03-10', amountFen: 100 });
  });
});

describe('expenses', () => {
  it('a lead records an expense with its receipt and report; the ledger shows the running balance and the receipt', async () => {
    const themeDay = crypto.randomUUID();
    await w.database.db.insertInto('meetings').values({ id: themeDay, organ_id: w.organId, branch_id: w.branchA, group_id: null, kind: 'themeDay', status: 'held', held_on: '2026-10-15', title: '十月主题党日' }).execute();
    const e = ok(await call('orga', 'POST', `${A()}/fund-expenses`, expense({ meetingId: themeDay })));
    expect(e.meeting).toEqual({ id: themeDay, label: '十月主题党日 2026-10-15' });
    expect(e).toMatchObject({ kind: 'expense', amountFen: 30000, useCategory: 'materials', balanceFen: 45000, receipts: [{ fileName: '发票.pdf', mime: 'application/pdf' }] });
    expect((await auditOf(e.id)).map((x) => x.action)).toEqual(['fund.expenseRecorded']);
    const ledger = ok(await call('secretarya', 'GET', `${A()}/funds?year=2026`));
    expect(ledger).toMatchObject({ openingFen: 0, inFen: 75000, outFen: 30000, balanceFen: 45000, currentBalanceFen: 45000, abilities: { write: true } });
    expect(ledger.entries.map((x: { kind: string; balanceFen: number }) => [x.kind, x.balanceFen])).toEqual([
      ['allocation', 75000],
      ['expense', 45000],
    ]);
    // the receipt is readable as the ledger is, and bound to the expense: nobody adds or removes receipts afterwards
    const files = ok(await call('pubA'.toLowerCase(), 'GET', `/api/attachments?entityType=fundExpense&entityId=${e.id}`));
    expect(files.items).toHaveLength(1);
    const content = await call('puba', 'GET', `/api/attachments/${files.items[0].id}/content`);
    expect(content.statusCode).toBe(200);
    expect(content.body.startsWith('%PDF')).toBe(true);
    const add = await w.app.inject({
      method: 'POST',
      url: `/api/attachments?entityType=fundExpense&entityId=${e.id}`,
      headers: { cookie: await w.login('secretarya'), 'content-type': 'application/octet-stream', 'x-file-name': 'b.pdf' },
      payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    expect(add.statusCode).toBe(403);
    await refused(403, /无权删除/, 'secretarya', 'DELETE', `/api/attachments/${files.items[0].id}`);
  });

  it('refuses an expense without a receipt, above the balance, or without a report — nothing saved', async () => {
    await refused(400, /请上传至少一张票据/, 'secretarya', 'POST', `${A()}/fund-expenses`, expense({ receipts: [] }));
    const msg = await refused(400, /超过活动经费结余/, 'secretarya', 'POST', `${A()}/fund-expenses`, expense({ amountFen: 45001 }));
    expect(msg).toBe('支出金额450.01元超过活动经费结余450.00元，不能登记');
    // on a date before the allocation there was nothing to spend
    await refused(400, /结余0.00元/, 'secretarya', 'POST', `${A()}/fund-expenses`, expense({ occurredOn: '2026-03-01', amountFen: 100 }));
    await refused(400, /请填写活动书面报告/, 'secretarya', 'POST', `${A()}/fund-expenses`, expense({ activityReport: '买书' }));
    await refused(400, /须为 PDF 或图片|不支持的文件类型/, 'secretarya', 'POST', `${A()}/fund-expenses`, expense({ receipts: [{ fileName: 'a.pdf', contentBase64: Buffer.from('just text').toString('base64') }] }));
    await refused(400, /内容与扩展名不符/, 'secretarya', 'POST', `${A()}/fund-expenses`, expense({ receipts: [{ fileName: 'a.png', contentBase64: PDF }] }));
    await refused(400, /经费用途/, 'secretarya', 'POST', `${A()}/fund-expenses`, expense({ useCategory: 'party' }));
    await refused(400, /金额/, 'secretarya', 'POST', `${A()}/fund-expenses`, expense({ amountFen: -5 }));
    await refused(400, /不能晚于今天/, 'secretarya', 'POST', `${A()}/fund-expenses`, expense({ occurredOn: '2026-11-25' }));
    // the meeting it paid for must be the branch's own
    const otherMeeting = crypto.randomUUID();
    await w.database.db.insertInto('meetings').values({ id: otherMeeting, organ_id: w.organId, branch_id: w.branchB, group_id: null, kind: 'themeDay', status: 'held', held_on: '2026-10-10', title: '乙支部主题党日' }).execute();
    await refused(400, /所选会议不是本支部的会议/, 'secretarya', 'POST', `${A()}/fund-expenses`, expense({ amountFen: 100, meetingId: otherMeeting }));
  });

  it('a venue cost needs a plan the 机关党委 approved', async () => {
    await refused(400, /须选择机关党委已批准的场地经费计划/, 'secretarya', 'POST', `${A()}/fund-expenses`, expense({ useCategory: 'venue', amountFen: 1000 }));
    const plan = ok(await call('secretarya', 'POST', `${A()}/venue-plans`, { year: 2026, title: '党员活动室租用', amountFen: 20000, details: '全年4次' }));
    expect(plan).toMatchObject({ status: 'submitted', spentFen: 0, branch: { id: w.branchA } });
    await refused(400, /尚未经机关党委批准/, 'secretarya', 'POST', `${A()}/fund-expenses`, expense({ useCategory: 'venue', amountFen: 1000, venuePlanId: plan.id }));
    await refused(403, /只有机关党委管理员/, 'secretarya', 'POST', `/api/venue-plans/${plan.id}/decide`, { decision: 'approve' });
    const pending = ok(await call('admin', 'GET', '/api/organ/venue-plans?status=submitted'));
    expect(pending.items.map((x: { id: string }) => x.id)).toContain(plan.id);
    await refused(400, /请填写意见/, 'admin', 'POST', `/api/venue-plans/${plan.id}/decide`, { decision: 'reject' });
    const approved = ok(await call('admin', 'POST', `/api/venue-plans/${plan.id}/decide`, { decision: 'approve', note: '同意' }));
    expect(approved).toMatchObject({ status: 'approved', decidedOn: '2026-11-24', decisionNote: '同意' });
    await refused(409, /已经审批过/, 'admin', 'POST', `/api/venue-plans/${plan.id}/decide`, { decision: 'reject', note: '改变主意' });
    const e = ok(await call('secretarya', 'POST', `${A()}/fund-expenses`, expense({ useCategory: 'venue', amountFen: 15000, venuePlanId: plan.id, title: '活动室租金' })));
    expect(e.venuePlan).toEqual({ id: plan.id, title: '党员活动室租用' });
    await refused(400, /超出场地经费计划的剩余额度50.00元/, 'secretarya', 'POST', `${A()}/fund-expenses`, expense({ useCategory: 'venue', amountFen: 6000, venuePlanId: plan.id }));
    const plans = ok(await call('puba', 'GET', `${A()}/venue-plans?year=2026`));
    expect(plans.items[0]).toMatchObject({ spentFen: 15000 });
    expect((await auditOf(plan.id)).map((x) => x.action)).toEqual(['venuePlan.submitted', 'venuePlan.decided']);
  });
});

describe('who sees and keeps the funds', () => {
  it('other 支委 read but record nothing; members and a 党小组长 see nothing; another branch does not see it exists', async () => {
    const ledger = ok(await call('puba', 'GET', `${A()}/funds`));
    expect(ledger.abilities.write).toBe(false);
    await refused(403, /只有机关党委管理员和本支部书记、副书记、组织委员/, 'puba', 'POST', `${A()}/fund-expenses`, expense({ amountFen: 100 }));
    await refused(403, /只有机关党委管理员和本支部书记、副书记、组织委员/, 'puba', 'POST', `${A()}/venue-plans`, { year: 2026, title: '活动室', amountFen: 100 });
    for (const who of ['membera', 'leadera1']) {
      await refused(403, /只有机关党委和本支部委员可以查看活动经费/, who, 'GET', `${A()}/funds`);
      await refused(403, /只有机关党委和本支部委员/, who, 'GET', `${A()}/venue-plans`);
    }
    await refused(404, /不存在或您无权查看/, 'secretaryb', 'GET', `${A()}/funds`);
    await refused(404, /不存在或您无权查看/, 'secretaryb', 'POST', `${A()}/fund-expenses`, expense({ amountFen: 100 }));
    const adminView = ok(await call('admin', 'GET', `${A()}/funds?year=2026`));
    expect(adminView.entries).toHaveLength(3);
  });
});
