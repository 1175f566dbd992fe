import { describe, expect, it } from 'vitest';
import { buildBranch, judge, one } from '../testkit.js';
import { branchReport } from './branchReport.js';
import { report } from './testkit.js';

const judged = (reports: ReturnType<typeof report>[], asOf = '2026-06-15', year?: number) =>
  one(judge(branchReport, buildBranch({ reports }), { asOf, ...(year ? { year } : {}) }));

describe('LIFE-6.branch-report', () => {
  it('met once the 机关党委 has confirmed receipt, with the report as evidence', () => {
    expect(judged([report(2025)], '2026-02-01', 2025)).toMatchObject({
      period: '2025',
      status: 'met',
      message: '2025年工作报告已报送，机关党委已于2026年1月15日确认。',
      evidence: [{ kind: 'report', id: 'r-2025-toOrgan', date: '2026-01-15' }],
    });
  });

  it('submitted and waiting is pending, even after the year has closed', () => {
    expect(judged([report(2025, { status: 'submitted', receivedOn: null })], '2026-02-01', 2025)).toMatchObject({
      status: 'pending',
      message: '2025年工作报告已报送，待机关党委确认。',
    });
  });

  it('returned is unmet with the 机关党委’s reason', () => {
    expect(judged([report(2026, { status: 'returned', receivedOn: null, returnReason: '缺少党建工作成效' })])).toMatchObject({
      status: 'unmet',
      message: '2026年工作报告被机关党委退回：缺少党建工作成效；请修改后重新报送。',
    });
  });

  it.each([
    ['2026-11-01', 'pending'],
    ['2026-11-02', 'dueSoon'],
    ['2026-12-31', 'dueSoon'],
  ] as const)('none yet, judged on %s → %s', (asOf, status) => {
    expect(judged([], asOf)).toMatchObject({ status, message: '2026年尚未向机关党委报告工作，请在2026年12月31日前完成。', due: '2026-12-31' });
  });

  it('a draft is not a report: unmet once the year has closed', () => {
    expect(judged([report(2025, { status: 'draft', submittedOn: null, receivedOn: null })], '2026-01-01', 2025)).toMatchObject({
      status: 'unmet',
      message: '2025年没有向机关党委报告工作的记录（每年至少1次）；如已报告，请补录并报送。',
      evidence: [{ kind: 'report' }],
    });
  });

  it('another year’s report or the year-end report to the 党员大会 does not count', () => {
    const f = judged([report(2025), report(2026, { kind: 'toAssembly', reportedOn: '2026-01-05' })], '2027-01-01', 2026);
    expect(f.status).toBe('unmet');
  });
});
