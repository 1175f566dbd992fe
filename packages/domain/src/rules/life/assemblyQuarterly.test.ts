import { describe, expect, it } from 'vitest';
import { buildBranch, buildFacts, judge } from '../testkit.js';
import { assemblyQuarterly } from './assemblyQuarterly.js';
import { meeting } from './testkit.js';

const byPeriod = (asOf: string, ...dates: string[]) =>
  judge(assemblyQuarterly, buildBranch({ meetings: dates.map((d) => meeting('assembly', d)) }), { asOf }).map((f) => [f.period, f.status]);

describe('LIFE-1.quarterly', () => {
  it.each([
    ['on the first quarter’s last day', '2026-03-31', [['2026-Q1', 'met'], ['2026-Q2', 'pending']]],
    ['on the second quarter’s first day', '2026-04-01', [['2026-Q1', 'unmet'], ['2026-Q2', 'met']]],
  ])('a 党员大会 %s', (_, date, expected) => {
    expect(byPeriod('2026-04-15', date)).toEqual(expected);
  });

  it('met with the meetings as evidence', () => {
    const branch = buildBranch({ meetings: [meeting('assembly', '2026-03-12', { id: 'a1' }), meeting('assembly', '2026-02-01', { id: 'a0' })] });
    const [q1] = judge(assemblyQuarterly, branch, { asOf: '2026-04-15' });
    expect(q1).toMatchObject({
      period: '2026-Q1',
      status: 'met',
      message: '2026年第一季度已召开支部党员大会2次。',
      evidence: [
        { kind: 'meeting', id: 'a0', label: '支部党员大会 2026-02-01', date: '2026-02-01' },
        { kind: 'meeting', id: 'a1', label: '支部党员大会 2026-03-12', date: '2026-03-12' },
      ],
    });
  });

  it('a closed quarter without one is unmet', () => {
    const [q1] = judge(assemblyQuarterly, buildBranch({ meetings: [meeting('committeeMeeting', '2026-03-12')] }), { asOf: '2026-04-01' });
    expect(q1).toMatchObject({ status: 'unmet', due: '2026-03-31', message: '2026年第一季度没有召开支部党员大会的记录（每季度至少1次）；如已召开，请补录。' });
  });

  it.each([
    ['2026-06-10', 'pending'],
    ['2026-06-11', 'dueSoon'],
  ] as const)('the warning window: 20 days before the quarter’s end (%s → %s)', (asOf, status) => {
    const f = judge(assemblyQuarterly, buildBranch(), { asOf }).at(-1);
    expect(f).toMatchObject({ period: '2026-Q2', status, message: '2026年第二季度尚未召开支部党员大会，请在2026年6月30日前召开支部党员大会并记录。' });
  });

  it('a quarter ended before the records start date is notApplicable', () => {
    const facts = buildFacts({ organ: { id: 'o1', name: '机关', recordsStartOn: '2026-04-01' }, branches: [buildBranch()] });
    expect(judge(assemblyQuarterly, facts, { asOf: '2026-04-15' }).map((f) => [f.period, f.status, f.reason])).toEqual([
      ['2026-Q1', 'notApplicable', '该期间在本系统启用日期之前'],
      ['2026-Q2', 'pending', undefined],
    ]);
  });

  it('does not count a meeting after the judge date or of another kind', () => {
    expect(byPeriod('2026-03-31', '2026-04-01')).toEqual([['2026-Q1', 'dueSoon']]);
  });
});
