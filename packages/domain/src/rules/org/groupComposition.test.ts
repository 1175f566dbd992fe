import { describe, expect, it } from 'vitest';
import type { GroupFact, PersonFact } from '../../check/facts.js';
import { AS_OF, buildBranch, fullMembers, group, judge, one, person, probationary } from '../testkit.js';
import { groupComposition } from './groupComposition.js';

const p = (id: string) => probationary(id, '2025-01-01');

describe('ORG-4.group-composition', () => {
  it.each<[string, PersonFact[], Partial<GroupFact>, string, string]>([
    ['3 党员, 1 正式, a leader among them', [person('a'), p('b'), p('c')], {}, 'met', '第一党小组有党员3人，其中正式党员1人，已选举党小组长。'],
    ['2 党员', [person('a'), p('b')], {}, 'unmet', '第一党小组只有2名党员（应不少于3名），请调整党小组成员或重新选举党小组长。'],
    ['3 预备党员 only', [p('a'), p('b'), p('c')], {}, 'unmet', '第一党小组没有正式党员（应至少有1名），请调整党小组成员或重新选举党小组长。'],
    ['no leader', [person('a'), p('b'), p('c')], { leaderPersonId: null }, 'unmet', '第一党小组未选举党小组长，请选举党小组长。'],
    [
      'a leader who is not in the group',
      [person('a'), p('b'), p('c')],
      { leaderPersonId: 'f1' },
      'unmet',
      '第一党小组党小组长党员f1不是本组现有党员，请调整党小组成员或重新选举党小组长。',
    ],
    [
      '2 预备党员 and no leader',
      [p('a'), p('b')],
      { leaderPersonId: null },
      'unmet',
      '第一党小组只有2名党员（应不少于3名），没有正式党员（应至少有1名），未选举党小组长，请调整党小组成员或重新选举党小组长。',
    ],
  ])('%s → %s', (_, members, o, status, message) => {
    const branch = buildBranch({ persons: [...fullMembers(3), ...members], groups: [group(members.map((m) => m.id), o)] });
    const f = one(judge(groupComposition, branch));
    expect(f).toMatchObject({ status, message, subject: { kind: 'group', id: 'g1', name: '第一党小组' } });
    expect(f.params).toEqual({ 'org.groupMinMembers': 3, 'org.groupMinFullMembers': 1 });
  });

  it.each([
    ['an activist', person('x', { category: 'activist', joinedOn: null, confirmedOn: null })],
    ['a member who left the branch', person('x', { memberships: [{ startOn: '2015-01-01', endOn: '2026-06-01' }] })],
    ['a member joining the party tomorrow', probationary('x', '2026-06-16')],
  ])('does not count %s', (_, x) => {
    const branch = buildBranch({ persons: [person('a'), p('b'), x], groups: [group(['a', 'b', 'x'])] });
    expect(one(judge(groupComposition, branch))).toMatchObject({ status: 'unmet', message: expect.stringContaining('只有2名党员') });
  });

  it('does not count a membership of the group that has ended', () => {
    const g = group(['a', 'b', 'c']);
    g.memberships[2] = { personId: 'c', startOn: '2015-01-01', endOn: '2026-06-14' };
    const branch = buildBranch({ persons: [person('a'), p('b'), p('c')], groups: [g] });
    expect(one(judge(groupComposition, branch)).status).toBe('unmet');
  });

  it.each([
    ['the day before', '2026-06-14', 'unmet'],
    ['the day of', '2026-06-15', 'met'],
  ] as const)('its only full member confirmed on 2026-06-15 counts from then: %s → %s', (_, asOf, status) => {
    const branch = buildBranch({ persons: [probationary('a', '2025-06-15', AS_OF), p('b'), p('c')], groups: [group(['a', 'b', 'c'])] });
    expect(one(judge(groupComposition, branch, { asOf })).status).toBe(status);
  });

  it('one finding per active group', () => {
    const branch = buildBranch({
      persons: [...fullMembers(6)],
      groups: [group(['f1', 'f2', 'f3'], { id: 'g1', name: '第一党小组' }), group(['f4', 'f5'], { id: 'g2', name: '第二党小组' })],
    });
    expect(judge(groupComposition, branch).map((f) => [f.subject?.id, f.status])).toEqual([
      ['g1', 'met'],
      ['g2', 'unmet'],
    ]);
  });

  it.each([
    ['no groups', []],
    ['a group founded the day after', [group(['f1', 'f2', 'f3'], { foundedOn: '2026-06-16' })]],
    ['a group dissolved on the judge date', [group(['f1', 'f2', 'f3'], { dissolvedOn: AS_OF })]],
  ])('one notApplicable finding with %s', (_, groups) => {
    expect(one(judge(groupComposition, buildBranch({ groups })))).toMatchObject({ status: 'notApplicable', reason: '未设党小组' });
  });

  it('a group with no founding date counts as active', () => {
    expect(one(judge(groupComposition, buildBranch({ groups: [group(['f1', 'f2', 'f3'], { foundedOn: null })] }))).status).toBe('met');
  });

  it('judges a past year on 31 December', () => {
    const branch = buildBranch({ persons: [person('a'), p('b'), person('c', { memberships: [{ startOn: '2026-02-01', endOn: null }] })], groups: [group(['a', 'b', 'c'])] });
    expect(one(judge(groupComposition, branch, { year: 2025 }))).toMatchObject({ period: '2025-12-31', status: 'unmet' });
    expect(one(judge(groupComposition, branch)).status).toBe('met');
  });
});
