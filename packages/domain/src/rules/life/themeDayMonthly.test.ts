import { describe, expect, it } from 'vitest';
import { buildBranch, buildFacts, judge } from '../testkit.js';
import { themeDayMonthly } from './themeDayMonthly.js';
import { meeting } from './testkit.js';

const themeDays = (...dates: string[]) => buildBranch({ meetings: dates.map((d) => meeting('themeDay', d)) });
const statuses = (asOf: string, ...dates: string[]) => judge(themeDayMonthly, themeDays(...dates), { asOf }).map((f) => [f.period, f.status]);

describe('LIFE-5.monthly', () => {
  it.each([
    ['on the month’s last day', '2026-02-28', [['2026-01', 'unmet'], ['2026-02', 'met'], ['2026-03', 'pending']]],
    ['on the next month’s first day', '2026-03-01', [['2026-01', 'unmet'], ['2026-02', 'unmet'], ['2026-03', 'met']]],
  ])('a 主题党日 %s', (_, date, expected) => {
    expect(statuses('2026-03-05', date)).toEqual(expected);
  });

  it.each([
    ['2026-03-21', 'pending'],
    ['2026-03-22', 'dueSoon'],
    ['2026-03-31', 'dueSoon'],
    ['2026-04-01', 'unmet'],
  ] as const)('March without one, judged on %s → %s', (asOf, status) => {
    expect(judge(themeDayMonthly, themeDays(), { asOf }).find((f) => f.period === '2026-03')?.status).toBe(status);
  });

  it('a month ended before the records start date is notApplicable', () => {
    const facts = buildFacts({ organ: { id: 'o1', name: '机关', recordsStartOn: '2026-02-01' }, branches: [themeDays('2026-02-10')] });
    expect(judge(themeDayMonthly, facts, { asOf: '2026-02-15' }).map((f) => [f.period, f.status])).toEqual([
      ['2026-01', 'notApplicable'],
      ['2026-02', 'met'],
    ]);
  });

  it('says what to do', () => {
    const f = judge(themeDayMonthly, themeDays('2026-02-10'), { asOf: '2026-03-25' });
    expect(f.map((x) => x.message)).toEqual([
      '2026年1月没有开展主题党日的记录（每月至少1次）；如已开展，请补录。',
      '2026年2月已开展主题党日1次。',
      '2026年3月尚未开展主题党日，请在2026年3月31日前开展主题党日并记录。',
    ]);
  });

  it('another kind of meeting does not count', () => {
    expect(judge(themeDayMonthly, buildBranch({ meetings: [meeting('assembly', '2026-01-10')] }), { asOf: '2026-02-01' })[0]?.status).toBe('unmet');
  });
});
