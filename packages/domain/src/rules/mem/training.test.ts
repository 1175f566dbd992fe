import { describe, expect, it } from 'vitest';
import { emptyCareFacts, type CareFacts } from '../../care/facts.js';
import { buildBranch, committee, committeeMember, judge, one, person, post } from '../testkit.js';
import { secretaryTraining } from './training.js';

const persons = [person('m1', { name: '张书记' }), person('m2', { name: '李委员' }), person('m3', { name: '王委员' })];
const care = (t: [string, string, string][]): CareFacts => ({ ...emptyCareFacts(), trainings: t.map(([personId, startOn, endOn]) => ({ personId, startOn, endOn })) });
const run = (t: [string, string, string][], extra = {}, asOf = '2026-06-15', year?: number) =>
  one(judge(secretaryTraining, buildBranch({ persons, committees: [committee()], care: care(t), ...extra }), { asOf, ...(year ? { year } : {}) }));

describe('MEM-2.secretary-training', () => {
  it('met when the 书记 in office attended a training in the year', () => {
    expect(run([['m1', '2026-03-01', '2026-03-05']])).toMatchObject({ status: 'met', severity: 'advisory', subject: { id: 'm1' }, message: '2026年支部书记张书记参加上级党组织培训1次。' });
  });
  it.each([
    [[['m2', '2026-03-01', '2026-03-05']], 'pending'],
    [[['m1', '2025-03-01', '2025-03-05']], 'pending'],
    [[['m1', '2025-12-30', '2026-01-02']], 'met'],
  ] as const)('%j → %s', (t, status) => {
    expect(run(t as unknown as [string, string, string][]).status).toBe(status);
  });
  it('unmet once the year closed; no due date, so the calendar and the ICS feed name nobody', () => {
    const f = run([], {}, '2027-01-10', 2026);
    expect(f).toMatchObject({ status: 'unmet', message: '2026年没有支部书记张书记参加上级党组织培训的记录；如已参加，请补录。' });
    expect(f.due).toBeUndefined();
  });
  it('reads the post where there is no committee; not applicable with no 书记', () => {
    expect(run([['p9', '2026-03-01', '2026-03-01']], { committees: [], posts: [post('p9', 'secretary')] }).status).toBe('met');
    expect(run([], { committees: [], posts: [] }).status).toBe('notApplicable');
    const noSec = committee({ roles: [], members: [committeeMember('m2', 'organizationMember')] });
    expect(run([], { committees: [noSec] }).status).toBe('notApplicable');
  });
});
