import { describe, expect, it } from 'vitest';
import { buildBranch, committee, judge, one } from '../testkit.js';
import { committeeMonthly } from './committeeMonthly.js';
import { meeting } from './testkit.js';

const withCommittee = (...dates: string[]) => buildBranch({ committees: [committee()], meetings: dates.map((d) => meeting('committeeMeeting', d)) });

describe('LIFE-2.monthly', () => {
  it.each([
    ['on the month’s last day', '2026-04-30', [['2026-04', 'met'], ['2026-05', 'pending']]],
    ['on the next month’s first day', '2026-05-01', [['2026-04', 'unmet'], ['2026-05', 'met']]],
  ])('a 支委会 %s', (_, date, expected) => {
    const f = judge(committeeMonthly, withCommittee(date), { asOf: '2026-05-15' }).slice(-2);
    expect(f.map((x) => [x.period, x.status])).toEqual(expected);
  });

  it.each([
    ['2026-05-21', 'pending'],
    ['2026-05-22', 'dueSoon'],
    ['2026-05-31', 'dueSoon'],
  ] as const)('the warning window: 10 days before the month’s end (%s → %s)', (asOf, status) => {
    const f = judge(committeeMonthly, withCommittee(), { asOf }).at(-1);
    expect(f).toMatchObject({ period: '2026-05', status, due: '2026-05-31', message: '2026年5月尚未召开支部委员会会议，请在2026年5月31日前召开支部委员会会议并记录。' });
  });

  it('a closed month without one is unmet; its evidence is the meetings when met', () => {
    const f = judge(committeeMonthly, withCommittee('2026-03-05'), { asOf: '2026-04-01' });
    expect(f.map((x) => x.status)).toEqual(['unmet', 'unmet', 'met', 'pending']);
    expect(f[2]).toMatchObject({ message: '2026年3月已召开支部委员会会议1次。', evidence: [{ kind: 'meeting', label: '支部委员会会议 2026-03-05' }] });
    expect(f[0]?.message).toBe('2026年1月没有召开支部委员会会议的记录（每月至少1次）；如已召开，请补录。');
  });

  it.each([
    ['no committee', buildBranch()],
    ['a single 书记', buildBranch({ committees: [committee({ kind: 'secretaryOnly', roles: ['secretary'] })] })],
    ['a committee elected after the month', buildBranch({ committees: [committee({ startOn: '2026-06-01' })] })],
  ])('notApplicable with %s', (_, branch) => {
    expect(one(judge(committeeMonthly, branch, { asOf: '2026-01-20' }))).toMatchObject({ status: 'notApplicable', reason: '未设支部委员会' });
  });

  it('judges each month with the committee then in force', () => {
    const branch = buildBranch({ committees: [committee({ startOn: '2026-02-10' })] });
    expect(judge(committeeMonthly, branch, { asOf: '2026-02-15' }).map((f) => f.status)).toEqual(['notApplicable', 'pending']);
  });
});
