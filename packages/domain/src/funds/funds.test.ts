import { describe, expect, it } from 'vitest';
import { allocationShare, balanceOf, expenseProblems, formatYuan, runningBalances, type ExpenseDraft, type FundEntryFact } from './funds.js';

let seq = 0;
const entry = (kind: FundEntryFact['kind'], occurredOn: string, amountFen: number): FundEntryFact => ({ id: `e${++seq}`, kind, occurredOn, amountFen, seq });
const draft = (o: Partial<ExpenseDraft> = {}): ExpenseDraft => ({
  occurredOn: '2026-06-01',
  amountFen: 5000,
  useCategory: 'training',
  activityReport: '组织党员参加党史学习教育培训一次',
  receipts: 1,
  venuePlan: null,
  ...o,
});

describe('allocationShare', () => {
  it.each([
    [100000, 25, 25000],
    [1, 25, 0],
    [2, 25, 1],
    [6, 25, 2],
    [123457, 25, 30864],
    [0, 25, 0],
    [-5, 25, 0],
    [100000, 0, 0],
    [100000, 100, 100000],
  ])('%i fen at %i%% → %i fen (rounded half up)', (basis, ratio, share) => {
    expect(allocationShare(basis, ratio)).toBe(share);
  });
});

describe('the ledger', () => {
  const ledger = [entry('expense', '2026-03-01', 3000), entry('allocation', '2026-01-10', 10000), entry('expense', '2026-03-01', 2000)];
  it('orders by date then as recorded, with the running balance', () => {
    expect(runningBalances(ledger).map((e) => [e.occurredOn, e.balanceFen])).toEqual([
      ['2026-01-10', 10000],
      ['2026-03-01', 7000],
      ['2026-03-01', 5000],
    ]);
  });
  it('balance on a date', () => {
    expect(balanceOf(ledger)).toBe(5000);
    expect(balanceOf(ledger, '2026-02-28')).toBe(10000);
    expect(balanceOf(ledger, '2026-01-09')).toBe(0);
  });
  it('formats yuan', () => {
    expect(formatYuan(12345)).toBe('123.45');
    expect(formatYuan(5)).toBe('0.05');
    expect(formatYuan(-100)).toBe('-1.00');
  });
});

describe('expenseProblems', () => {
  const ledger = [entry('allocation', '2026-01-10', 10000), entry('expense', '2026-09-01', 4000)];
  it('accepts an expense within the balance with a receipt and a report', () => {
    expect(expenseProblems(ledger, draft({ amountFen: 6000 }), '2026-11-24')).toEqual([]);
  });
  it('refuses one without a receipt, without a report, in the future', () => {
    expect(expenseProblems(ledger, draft({ receipts: 0 }), '2026-11-24')).toEqual(['请上传至少一张票据（发票、收据）的扫描件或照片']);
    expect(expenseProblems(ledger, draft({ activityReport: '  培训 ' }), '2026-11-24')).toEqual(['请填写活动书面报告（至少10个字）']);
    expect(expenseProblems(ledger, draft({ occurredOn: '2026-11-25' }), '2026-11-24')).toEqual(['支出日期不能晚于今天']);
  });
  it.each([
    [6000, true],
    [6001, false],
  ])('the balance is the lowest from its date on: %i fen on 2026-06-01 → ok %s', (amountFen, accepted) => {
    // on 2026-06-01 the balance is 10000, but 4000 leave on 2026-09-01: only 6000 can be spent before
    const p = expenseProblems(ledger, draft({ amountFen }), '2026-11-24');
    expect(p.length === 0).toBe(accepted);
    if (!accepted) expect(p[0]).toBe('支出金额60.01元超过活动经费结余60.00元，不能登记');
  });
  it('before any money came in there is nothing to spend', () => {
    expect(expenseProblems(ledger, draft({ occurredOn: '2026-01-09', amountFen: 1 }), '2026-11-24')[0]).toMatch(/超过活动经费结余0.00元/);
  });
  it('refuses a zero or fractional amount', () => {
    expect(expenseProblems(ledger, draft({ amountFen: 0 }), '2026-11-24')).toEqual(['支出金额应为正数（单位：分）']);
    expect(expenseProblems(ledger, draft({ amountFen: 1.5 }), '2026-11-24')).toEqual(['支出金额应为正数（单位：分）']);
  });
  it('a venue cost needs an approved plan, within what is left of it', () => {
    expect(expenseProblems(ledger, draft({ useCategory: 'venue' }), '2026-11-24')).toEqual(['活动场地费用须选择机关党委已批准的场地经费计划']);
    expect(expenseProblems(ledger, draft({ useCategory: 'venue', venuePlan: { status: 'submitted', amountFen: 50000, spentFen: 0 } }), '2026-11-24')).toEqual(['所选场地经费计划尚未经机关党委批准']);
    expect(expenseProblems(ledger, draft({ useCategory: 'venue', venuePlan: { status: 'approved', amountFen: 50000, spentFen: 0 } }), '2026-11-24')).toEqual([]);
    expect(expenseProblems(ledger, draft({ useCategory: 'venue', venuePlan: { status: 'approved', amountFen: 15000, spentFen: 11000 } }), '2026-11-24')).toEqual(['超出场地经费计划的剩余额度40.00元']);
    expect(expenseProblems(ledger, draft({ venuePlan: { status: 'approved', amountFen: 50000, spentFen: 0 } }), '2026-11-24')).toEqual(['只有活动场地费用可以关联场地经费计划']);
  });
});
