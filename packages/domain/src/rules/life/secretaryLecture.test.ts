import { describe, expect, it } from 'vitest';
import { buildBranch, committee, committeeMember, judge, one, person, post } from '../testkit.js';
import { secretaryLecture } from './secretaryLecture.js';
import { meeting } from './testkit.js';

/** A committee since 2024 with m1 as 书记 (m1 … m3 are persons of the branch). */
const persons = [person('m1', { name: '张书记' }), person('m2', { name: '李委员' }), person('m3')];
const lecture = (heldOn: string, lecturerPersonId: string | null, id = `l-${heldOn}`) => meeting('partyLecture', heldOn, { id, lecturerPersonId });
const branchWith = (...meetings: ReturnType<typeof lecture>[]) => buildBranch({ persons, committees: [committee()], meetings });

describe('LIFE-4.secretary-lecture', () => {
  it('met when the 书记 gave a 党课 in the year', () => {
    expect(one(judge(secretaryLecture, branchWith(lecture('2026-03-01', 'm2'), lecture('2026-05-01', 'm1', 'l1'))))).toMatchObject({
      period: '2026',
      status: 'met',
      message: '2026年支部书记张书记已讲党课1次。',
      evidence: [{ kind: 'meeting', id: 'l1', label: '党课 2026-05-01' }],
    });
  });

  it.each([
    ['2026-12-31', 'met'],
    ['2027-01-01', 'unmet'],
  ] as const)('a 党课 on %s counts for 2026 → %s', (heldOn, status) => {
    expect(one(judge(secretaryLecture, branchWith(lecture(heldOn, 'm1')), { asOf: '2027-01-02', year: 2026 })).status).toBe(status);
  });

  it('a 党课 by another member does not count; a closed year without one is unmet', () => {
    const f = one(judge(secretaryLecture, branchWith(lecture('2026-03-01', 'm2')), { asOf: '2027-01-02', year: 2026 }));
    expect(f).toMatchObject({ status: 'unmet', message: '2026年支部书记没有讲党课的记录（每年至少1次）；如已讲，请补录党课并注明主讲人。' });
    expect(f.evidence.map((e) => e.kind)).toEqual(['member', 'meeting']);
  });

  it.each([
    ['2026-11-01', 'pending'],
    ['2026-11-02', 'dueSoon'],
  ] as const)('the warning window: 60 days before the year’s end (%s → %s)', (asOf, status) => {
    expect(one(judge(secretaryLecture, branchWith(), { asOf }))).toMatchObject({ status, message: '2026年支部书记委员m1尚未讲党课，请在2026年12月31日前安排。' });
  });

  it('counts a 党课 given by the 书记 of the time, before a handover', () => {
    const old = committee({ id: 'c0', startOn: '2023-01-01', endedOn: '2026-04-01' });
    const now = committee({ id: 'c1', startOn: '2026-04-01', members: [committeeMember('m2', 'secretary', { startOn: '2026-04-01' })] });
    const branch = buildBranch({ persons, committees: [old, now], meetings: [lecture('2026-03-01', 'm1'), lecture('2026-05-01', 'm1')] });
    expect(one(judge(secretaryLecture, branch, { asOf: '2027-01-02', year: 2026 }))).toMatchObject({ status: 'met', evidence: [{ date: '2026-03-01' }] });
  });

  it('reads the 书记 post where the branch has no committee record', () => {
    const branch = buildBranch({ persons: [person('p1', { name: '王书记' })], posts: [post('p1', 'secretary')], meetings: [lecture('2026-02-01', 'p1')] });
    expect(one(judge(secretaryLecture, branch)).message).toBe('2026年支部书记王书记已讲党课1次。');
  });

  it('notApplicable without a 书记 in office', () => {
    expect(one(judge(secretaryLecture, buildBranch()))).toMatchObject({ status: 'notApplicable', reason: '没有在任的支部书记' });
  });
});
