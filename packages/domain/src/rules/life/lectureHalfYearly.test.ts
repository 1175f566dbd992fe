import { describe, expect, it } from 'vitest';
import { buildBranch, judge, one } from '../testkit.js';
import { lectureHalfYearly } from './lectureHalfYearly.js';
import { meeting } from './testkit.js';

const lectures = (...dates: string[]) => buildBranch({ meetings: dates.map((d) => meeting('partyLecture', d)) });

describe('LIFE-4.half-yearly', () => {
  it.each([
    ['on the first half’s last day', '2026-06-30', [['2026-H1', 'met'], ['2026-H2', 'pending']]],
    ['on the second half’s first day', '2026-07-01', [['2026-H1', 'unmet'], ['2026-H2', 'met']]],
  ])('a 党课 %s', (_, date, expected) => {
    expect(judge(lectureHalfYearly, lectures(date), { asOf: '2026-07-15' }).map((f) => [f.period, f.status])).toEqual(expected);
  });

  it.each([
    ['2026-12-01', 'pending'],
    ['2026-12-02', 'dueSoon'],
  ] as const)('the warning window: 30 days (%s → %s)', (asOf, status) => {
    expect(judge(lectureHalfYearly, lectures(), { asOf }).at(-1)).toMatchObject({ period: '2026-H2', status, message: '2026年下半年尚未上党课，请在2026年12月31日前上党课并记录。' });
  });

  it('carries the period parameter', () => {
    expect(one(judge(lectureHalfYearly, lectures('2026-03-01'), { asOf: '2026-05-01' }))).toMatchObject({
      status: 'met',
      params: { 'life.partyLecturePeriod': 'half', 'window.half': 30 },
    });
  });

  it('notApplicable when the 机关党委 checks 党课 by quarter', () => {
    expect(one(judge(lectureHalfYearly, lectures(), { asOf: '2026-05-01', params: { 'life.partyLecturePeriod': 'quarter' } }))).toMatchObject({
      status: 'notApplicable',
      reason: '机关党委设定党课按季度检查',
    });
  });
});
