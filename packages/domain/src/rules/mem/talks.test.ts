import { describe, expect, it } from 'vitest';
import type { TalkFact } from '../../check/facts.js';
import { buildBranch, committee, committeeMember, judge, person, post } from '../testkit.js';
import { talks } from './talks.js';

/** m1 (书记), m2 (组织委员) on the committee since 2024; p1, p2 ordinary members. */
const persons = [person('m1', { name: '张书记' }), person('m2', { name: '李委员' }), person('p1', { name: '王五' }), person('p2', { name: '赵六' })];
const c = committee({ roles: ['secretary', 'organizationMember'] });
let n = 0;
const talk = (talkedOn: string, talkerPersonId: string, talkeePersonId: string, kind: TalkFact['kind'] = 'heartToHeart'): TalkFact => ({
  id: `t${++n}`,
  kind,
  talkedOn,
  talkerPersonId,
  talkeePersonId,
});
const statuses = (list: TalkFact[], asOf = '2026-06-15', extra = {}) =>
  Object.fromEntries(judge(talks, buildBranch({ persons, committees: [c], talks: list, ...extra }), { asOf }).map((f) => [f.subject?.id, f.status]));

describe('MEM-4.talks', () => {
  it('one finding per member: met with a talk with a committee member, as talker or talkee', () => {
    expect(statuses([talk('2026-03-01', 'm1', 'p1'), talk('2026-03-02', 'p2', 'm2')])).toEqual({ m1: 'met', m2: 'met', p1: 'met', p2: 'met' });
  });

  it('a talk between two ordinary members counts for neither; a committee member’s talk counts for them', () => {
    expect(statuses([talk('2026-03-01', 'p1', 'p2'), talk('2026-03-01', 'm1', 'm2')])).toEqual({ m1: 'met', m2: 'met', p1: 'pending', p2: 'pending' });
  });

  it('names the member and the other party', () => {
    const f = judge(talks, buildBranch({ persons, committees: [c], talks: [talk('2026-03-01', 'm1', 'p1')] }), { asOf: '2027-01-01', year: 2026 });
    expect(f.find((x) => x.subject?.id === 'p1')).toMatchObject({
      status: 'met',
      message: '王五2026年已与支部委员谈心谈话1次。',
      evidence: [{ kind: 'talk', label: '与张书记谈心谈话', date: '2026-03-01' }],
    });
    expect(f.find((x) => x.subject?.id === 'p2')).toMatchObject({ status: 'unmet', message: '2026年没有支部委员与赵六谈心谈话的记录（每年至少1次）；如已谈话，请补录。' });
  });

  it.each([
    ['2026-12-31', 'met'],
    ['2027-01-01', 'unmet'],
  ] as const)('a talk on %s counts for 2026 → %s', (talkedOn, status) => {
    const f = judge(talks, buildBranch({ persons, committees: [c], talks: [talk(talkedOn, 'm1', 'p1')] }), { asOf: '2027-01-02', year: 2026 });
    expect(f.find((x) => x.subject?.id === 'p1')?.status).toBe(status);
  });

  it('the committee of the talk’s date: a talk with someone who joined the committee later does not count', () => {
    const later = committee({ roles: [], members: [committeeMember('m1', 'secretary'), committeeMember('p2', 'organizationMember', { startOn: '2026-05-01' })] });
    const s = statuses([talk('2026-04-30', 'p2', 'p1')], '2026-06-15', { committees: [later] });
    expect(s.p1).toBe('pending');
    expect(statuses([talk('2026-05-01', 'p2', 'p1')], '2026-06-15', { committees: [later] }).p1).toBe('met');
  });

  it('a 诫勉谈话 is not a 谈心谈话', () => {
    expect(statuses([talk('2026-03-01', 'm1', 'p1', 'admonition')]).p1).toBe('pending');
  });

  it('reads the posts where the branch has no committee record; with neither, any talk counts', () => {
    expect(statuses([talk('2026-03-01', 'p1', 'p2')], '2026-06-15', { committees: [], posts: [post('m1', 'secretary')] }).p1).toBe('pending');
    expect(statuses([talk('2026-03-01', 'm1', 'p1')], '2026-06-15', { committees: [], posts: [post('m1', 'secretary')] }).p1).toBe('met');
    expect(statuses([talk('2026-03-01', 'p1', 'p2')], '2026-06-15', { committees: [], posts: [] }).p1).toBe('met');
  });

  it.each([
    ['2026-11-01', 'pending'],
    ['2026-11-02', 'dueSoon'],
  ] as const)('the warning window (%s → %s)', (asOf, status) => {
    expect(statuses([], asOf).p1).toBe(status);
  });

  it('a member who joined the branch after 1 October owes the year’s talk only from next year', () => {
    const newcomer = person('p3', { name: '新同志', memberships: [{ startOn: '2026-11-20', endOn: null }] });
    const judged = judge(talks, buildBranch({ persons: [...persons, newcomer], committees: [c], talks: [] }), { asOf: '2027-01-01', year: 2026 });
    expect(judged.map((f) => f.subject?.id).sort()).toEqual(['m1', 'm2', 'p1', 'p2']);
  });
});
