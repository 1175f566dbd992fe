import { describe, expect, it } from 'vitest';
import { buildBranch, fullMembers, group, judge, one } from '../testkit.js';
import { groupMonthly } from './groupMonthly.js';
import { meeting } from './testkit.js';

const g1 = group(['f1', 'f2', 'f3'], { id: 'g1', name: '第一党小组' });
const g2 = group(['f4', 'f5', 'f6'], { id: 'g2', name: '第二党小组' });

describe('LIFE-3.monthly', () => {
  it('one finding per group: a meeting of one group does not count for another', () => {
    const branch = buildBranch({ persons: fullMembers(6), groups: [g1, g2], meetings: [meeting('groupMeeting', '2026-05-31', { groupId: 'g1', id: 'm1' })] });
    const f = judge(groupMonthly, branch, { asOf: '2026-06-01' }).filter((x) => x.period === '2026-05');
    expect(f.map((x) => [x.subject?.id, x.status])).toEqual([
      ['g1', 'met'],
      ['g2', 'unmet'],
    ]);
    expect(f[0]).toMatchObject({ subject: { kind: 'group', name: '第一党小组' }, message: '2026年5月已召开第一党小组的党小组会1次。', evidence: [{ id: 'm1' }] });
    expect(f[1]?.message).toBe('2026年5月没有召开第二党小组的党小组会的记录（每月至少1次）；如已召开，请补录。');
  });

  it.each([
    ['2026-05-31', 'met'],
    ['2026-06-01', 'unmet'],
  ] as const)('a group meeting on %s counts for May → %s', (date, status) => {
    const branch = buildBranch({ groups: [g1], meetings: [meeting('groupMeeting', date, { groupId: 'g1' })] });
    expect(judge(groupMonthly, branch, { asOf: '2026-06-15' }).find((x) => x.period === '2026-05')?.status).toBe(status);
  });

  it.each([
    ['2026-06-20', 'pending'],
    ['2026-06-21', 'dueSoon'],
  ] as const)('the warning window (%s → %s)', (asOf, status) => {
    expect(judge(groupMonthly, buildBranch({ groups: [g1] }), { asOf }).at(-1)?.status).toBe(status);
  });

  it('a meeting without the group does not count', () => {
    const branch = buildBranch({ groups: [g1], meetings: [meeting('groupMeeting', '2026-01-10')] });
    expect(judge(groupMonthly, branch, { asOf: '2026-02-01' })[0]?.status).toBe('unmet');
  });

  it.each([
    ['no groups', []],
    ['a group founded after the month', [group(['f1', 'f2', 'f3'], { foundedOn: '2026-02-01' })]],
    ['a group dissolved before its end', [group(['f1', 'f2', 'f3'], { dissolvedOn: '2026-01-31' })]],
  ])('one notApplicable finding with %s', (_, groups) => {
    expect(one(judge(groupMonthly, buildBranch({ groups }), { asOf: '2026-01-31' }))).toMatchObject({ status: 'notApplicable', reason: '未设党小组' });
  });
});
