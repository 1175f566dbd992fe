import { describe, expect, it } from 'vitest';
import type { BranchRole } from '../access/roles.js';
import { committeeProblems, extensionProblem, plannedTermEnd, type CommitteeDraft } from './committee.js';

const names = new Map([
  ['a', '张三'],
  ['b', '李四'],
  ['c', '王五'],
  ['x', '赵六'],
]);
const ctx = { fullMemberIds: new Set(['a', 'b', 'c']), names };
const draft = (members: [string, BranchRole][], o: Partial<CommitteeDraft> = {}): CommitteeDraft => ({
  kind: 'committee',
  startOn: '2026-06-01',
  termYears: 3,
  members: members.map(([personId, role]) => ({ personId, role })),
  ...o,
});
const THREE: [string, BranchRole][] = [
  ['a', 'secretary'],
  ['b', 'organizationMember'],
  ['c', 'publicityMember'],
];

describe('committeeProblems', () => {
  it('accepts a committee of three 正式党员 with one 书记', () => {
    expect(committeeProblems(draft(THREE), ctx)).toEqual([]);
  });

  it.each([
    [2, ['任期应为3至5年，不能是2年']],
    [3, []],
    [5, []],
    [6, ['任期应为3至5年，不能是6年']],
  ])('a term of %i years → %j', (termYears, problems) => {
    expect(committeeProblems(draft(THREE, { termYears }), ctx)).toEqual(problems);
  });

  it('refuses a member who is not a 正式党员 of the branch', () => {
    expect(committeeProblems(draft([...THREE, ['x', 'disciplineMember']]), ctx)).toEqual(['赵六不是本支部的正式党员，不能任支部委员']);
  });

  it.each<[string, [string, BranchRole][], string]>([
    [
      'two 书记',
      [
        ['a', 'secretary'],
        ['b', 'secretary'],
        ['c', 'publicityMember'],
      ],
      '书记只能有一名',
    ],
    [
      'no 书记',
      [
        ['a', 'organizationMember'],
        ['b', 'publicityMember'],
      ],
      '请指定书记',
    ],
    [
      'two 副书记',
      [
        ['a', 'secretary'],
        ['b', 'deputySecretary'],
        ['c', 'deputySecretary'],
      ],
      '副书记最多一名',
    ],
    [
      'the same person twice',
      [
        ['a', 'secretary'],
        ['a', 'organizationMember'],
      ],
      '张三重复出现',
    ],
  ])('refuses %s', (_, members, problem) => {
    expect(committeeProblems(draft(members), ctx)).toContain(problem);
  });

  it('refuses an empty committee', () => {
    expect(committeeProblems(draft([]), ctx)).toEqual(['请填写委员会成员', '请指定书记']);
  });

  it('a branch without a committee has only a 书记 (and 副书记)', () => {
    expect(committeeProblems(draft([['a', 'secretary'], ['b', 'deputySecretary']], { kind: 'secretaryOnly' }), ctx)).toEqual([]);
    expect(committeeProblems(draft(THREE, { kind: 'secretaryOnly' }), ctx)).toEqual(['不设支委会的支部只设书记（和副书记）']);
  });

  it('accepts a committee of 4 (the odd size is a rule finding, not a refusal)', () => {
    const ctx4 = { fullMemberIds: new Set(['a', 'b', 'c', 'd']), names };
    expect(committeeProblems(draft([...THREE, ['d', 'disciplineMember']]), ctx4)).toEqual([]);
  });
});

describe('extensionProblem (an extension of at most one year in all)', () => {
  it.each([
    [0, 11, null],
    [0, 12, null],
    [0, 13, '延期不能超过1年（12个月），不能是13个月'],
    [6, 6, null],
    [6, 7, '延期总计不能超过1年（已延期6个月，本次最多6个月）'],
    [0, 0, '延期月数应为正整数'],
    [0, 1.5, '延期月数应为正整数'],
  ])('already %i months, asking %s → %s', (already, months, problem) => {
    expect(extensionProblem(already, months)).toBe(problem);
  });
});

describe('plannedTermEnd', () => {
  it.each([
    ['2023-06-15', 3, '2026-06-15'],
    ['2024-02-29', 3, '2027-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
  ] as const)('%s + %i years → %s', (start, years, end) => {
    expect(plannedTermEnd(start, years)).toBe(end);
  });
});
