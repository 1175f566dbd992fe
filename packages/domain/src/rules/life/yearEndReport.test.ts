import { describe, expect, it } from 'vitest';
import { buildBranch, judge, one } from '../testkit.js';
import { yearEndReport } from './yearEndReport.js';
import { report } from './testkit.js';

const assembly = (year: number, reportedOn: string | null) => report(year, { kind: 'toAssembly', status: 'draft', reportedOn, submittedOn: null, receivedOn: null });
const judged = (reports: ReturnType<typeof report>[], asOf: string, year = 2026) => one(judge(yearEndReport, buildBranch({ reports }), { asOf, year }));

describe('LIFE-6.year-end-report', () => {
  it('met when the report to the 党员大会 has a date, even in January of the next year', () => {
    expect(judged([assembly(2026, '2027-01-08')], '2027-01-10')).toMatchObject({
      status: 'met',
      message: '2026年已于2027-01-08向支部党员大会报告工作。',
      evidence: [{ kind: 'report', id: 'r-2026-toAssembly', date: '2027-01-08' }],
    });
  });

  it.each([
    ['2026-12-31', 'dueSoon'],
    ['2027-01-01', 'unmet'],
  ] as const)('a report without a date (a draft), judged on %s → %s', (asOf, status) => {
    expect(judged([assembly(2026, null)], asOf).status).toBe(status);
  });

  it('says what is missing once the year has closed', () => {
    expect(judged([], '2027-03-01').message).toBe('2026年没有向支部党员大会报告工作的记录；如已报告，请补录报告日期。');
  });

  it('the report to the 机关党委 does not count', () => {
    expect(judged([report(2026)], '2027-03-01').status).toBe('unmet');
  });
});
