import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type World } from './fixtures.js';
import { apiClient } from './apiClient.js';

/**
 * Issue 7 §3 (LED-2…LED-7, LED-7): the archive rules read what the 信息台账 and the fund ledger hold — last year's
 * categories bound by the organ's deadline (end of Q1 by default), every fund expense with receipts and its report.
 */
let w: World;
const { call, ok } = apiClient(() => w, []);
type F = { rule: string; status: string; message: string; due?: string };
const findings = async (branchId: string, user = 'admin') => ok(await call(user, 'GET', `/api/branches/${branchId}/check?year=2026`)).findings as F[];
const of = (fs: F[], rule: string) => fs.filter((f) => f.rule === rule);

beforeAll(async () => {
  w = await buildWorld();
  const db = w.database.db;
  const bind = (branchId: string, category: string, year: number, at: string) =>
    db.insertInto('archive_bindings').values({ id: crypto.randomUUID(), organ_id: w.organId, branch_id: branchId, year, category, items: 3, pages: 12, bound_by: 'secretarya', bound_at: at }).execute();
  // branch A bound its 2025 组织管理档案 in time (10 February, China time) and its 组织生活档案 late; this year's
  // binding of 党员管理档案 is not last year's
  await bind(w.branchA, 'organization', 2025, '2026-02-09T17:30:00Z');
  await bind(w.branchA, 'life', 2025, '2026-04-20T02:00:00Z');
  await bind(w.branchA, 'members', 2026, '2026-06-01T02:00:00Z');
  const expense = (branchId: string, occurredOn: string, title: string, report: string) =>
    db
      .insertInto('fund_entries')
      .values({ id: crypto.randomUUID(), organ_id: w.organId, branch_id: branchId, kind: 'expense', occurred_on: occurredOn, amount_fen: 8800, title, dues_year: null, use_category: 'materials', activity_report: report, meeting_id: null, venue_plan_id: null })
      .execute();
  await expense(w.branchA, '2026-04-02', '购买学习读本', '  ');
  await expense(w.branchA, '2025-12-20', '去年的支出', '');
});
afterAll(async () => {
  await w.close();
});

describe('LED-2…LED-7: last year’s categories bound by the end of Q1', () => {
  it('each category is judged on its own binding of last year, in China time', async () => {
    const fs = await findings(w.branchA);
    expect(of(fs, 'LED-2.annual-binding')).toMatchObject([{ status: 'met', message: '2025年度组织管理档案已于2026-02-10合订。' }]);
    expect(of(fs, 'LED-4.annual-binding')).toMatchObject([{ status: 'met', message: '2025年度组织生活档案已于2026-04-20合订（逾期，应在2026年3月31日前）。' }]);
    expect(of(fs, 'LED-3.annual-binding')).toMatchObject([{ status: 'unmet', due: '2026-03-31' }]);
    for (const c of ['LED-5', 'LED-6', 'LED-7']) expect(of(fs, `${c}.annual-binding`)[0]!.status).toBe('unmet');
    // branch B bound nothing
    expect(of(await findings(w.branchB), 'LED-2.annual-binding')[0]!.message).toBe('2025年度组织管理档案逾期未合订（应在2026年3月31日前）；请在信息台账中一键合订。');
  });

  it('the organ’s deadline is a parameter: moved to 30 November, the unbound categories are due, not late', async () => {
    ok(await call('admin', 'POST', '/api/check/params', { key: 'led.bindDeadlineMonths', value: 11, effectiveFrom: '2026-01-01' }));
    const fs = await findings(w.branchA);
    expect(of(fs, 'LED-3.annual-binding')).toMatchObject([{ status: 'dueSoon', due: '2026-11-30' }]);
    expect(of(fs, 'LED-4.annual-binding')[0]!.message).toBe('2025年度组织生活档案已于2026-04-20合订。');
  });
});

describe('LED-7.expense-report', () => {
  it('names this year’s expense without its report or receipts; last year’s is not read', async () => {
    const [f] = of(await findings(w.branchA, 'secretarya'), 'LED-7.expense-report');
    expect(f).toMatchObject({ status: 'unmet', message: '1笔活动经费支出资料不全：2026-04-02“购买学习读本”缺票据和活动报告。请在经费台账中补充。' });
    expect(of(await findings(w.branchB), 'LED-7.expense-report')[0]!.status).toBe('notApplicable');
  });
});
