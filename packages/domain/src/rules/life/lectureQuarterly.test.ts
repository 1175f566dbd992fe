import { describe, expect, it } from 'vitest';
import { buildBranch, judge, one } from '../testkit.js';
import { lectureQuarterly } from './lectureQuarterly.js';
import { meeting } from './testkit.js';

const lectures = (...dates: string[]) => buildBranch({ meetings: dates.map((d) => meeting('partyLecture', d)) });
const quarterly = { 'life.partyLecturePeriod': 'quarter' } as const;

describe('LIFE-4.quarterly', () => {
  it('notApplicable by default (the standard checks 党课 by half-year)', () => {
    expect(one(judge(lectureQuarterly, lectures(), { asOf: '2026-02-01' }))).toMatchObject({ status: 'notApplicable', reason: '机关党委设定党课按半年检查' });
  });

  it.each([
    ['on the quarter’s last day', '2026-09-30', [['2026-Q3', 'met'], ['2026-Q4', 'pending']]],
    ['on the next quarter’s first day', '2026-10-01', [['2026-Q3', 'unmet'], ['2026-Q4', 'met']]],
  ])('when set to a quarter, a 党课 %s', (_, date, expected) => {
    const f = judge(lectureQuarterly, lectures('2026-01-05', '2026-04-05', date), { asOf: '2026-10-02', params: quarterly });
    expect(f.slice(2).map((x) => [x.period, x.status])).toEqual(expected);
  });

  it.each([
    ['2026-09-10', 'pending'],
    ['2026-09-11', 'dueSoon'],
  ] as const)('the warning window: 20 days (%s → %s)', (asOf, status) => {
    expect(judge(lectureQuarterly, lectures(), { asOf, params: quarterly }).at(-1)?.status).toBe(status);
  });
});
