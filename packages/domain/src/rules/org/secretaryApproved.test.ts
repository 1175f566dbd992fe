import { describe, expect, it } from 'vitest';
import type { CommitteeFact, CommitteeMemberFact } from '../../check/facts.js';
import { buildBranch, committee, committeeMember, judge, one } from '../testkit.js';
import { secretaryApproved } from './secretaryApproved.js';

const withOfficers = (officers: CommitteeMemberFact[], election: CommitteeFact['election'] = null): CommitteeFact => {
  const c = committee({ roles: ['organizationMember'], election });
  c.members.push(...officers);
  return c;
};
const sec = (approvedOn: string | null, origin: CommitteeMemberFact['origin'] = 'elected') =>
  committeeMember('s1', 'secretary', { name: '王书记', approvedOn, origin });
const dep = (approvedOn: string | null) => committeeMember('d1', 'deputySecretary', { name: '李副书记', approvedOn });
const election = (status: 'held' | 'submitted' | 'returned', returnReason: string | null = null) => ({ id: 'e1', status, returnReason, submittedOn: '2024-06-05' });

describe('ORG-3.secretary-approved', () => {
  it.each<[string, CommitteeFact, string, string]>([
    ['书记 approved before the judge date', withOfficers([sec('2024-06-20')]), 'met', '书记王书记的任职已经机关党委批准。'],
    ['书记 approved on the judge date', withOfficers([sec('2026-06-15')]), 'met', '书记王书记的任职已经机关党委批准。'],
    ['书记 approved the day after', withOfficers([sec('2026-06-16')]), 'unmet', '书记王书记的任职未记录机关党委批准，请报批或补录批准日期。'],
    ['书记 and 副书记 approved', withOfficers([sec('2024-06-20'), dep('2024-06-20')]), 'met', '书记王书记、副书记李副书记的任职已经机关党委批准。'],
    ['副书记 not approved', withOfficers([sec('2024-06-20'), dep(null)]), 'unmet', '副书记李副书记的任职未记录机关党委批准，请报批或补录批准日期。'],
    ['书记 appointed by the 机关党委', withOfficers([sec(null, 'appointed')]), 'met', '书记王书记的任职已经机关党委批准。'],
    ['result submitted', withOfficers([sec(null)], election('submitted')), 'pending', '书记王书记的选举结果已报机关党委审批，请等待批复。'],
    [
      'result returned',
      withOfficers([sec(null)], election('returned', '候选人未经预审')),
      'unmet',
      '机关党委退回了书记王书记的选举结果（原因：候选人未经预审），请按意见办理后重新报批。',
    ],
    ['result held, not yet reported', withOfficers([sec(null)], election('held')), 'unmet', '书记王书记的任职未记录机关党委批准，请报批或补录批准日期。'],
  ])('%s → %s', (_, c, status, message) => {
    expect(one(judge(secretaryApproved, buildBranch({ committees: [c] })))).toMatchObject({ status, message });
  });

  it('gives each officer with the approval date as evidence', () => {
    const f = one(judge(secretaryApproved, buildBranch({ committees: [withOfficers([sec('2024-06-20')])] })));
    expect(f.evidence).toContainEqual({ kind: 'member', id: 's1', label: '王书记（书记）', date: '2024-06-20' });
  });

  it.each([
    ['no term in force', [], '没有在任的支部委员会或书记'],
    ['no 书记 or 副书记 in force', [committee({ roles: ['organizationMember'] })], '没有在任的书记、副书记'],
  ])('notApplicable with %s', (_, committees, reason) => {
    expect(one(judge(secretaryApproved, buildBranch({ committees })))).toMatchObject({ status: 'notApplicable', reason });
  });
});
