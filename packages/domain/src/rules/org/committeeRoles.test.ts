import { describe, expect, it } from 'vitest';
import type { BranchRole } from '../../access/roles.js';
import { buildBranch, committee, committeeMember, FIVE, judge, one } from '../testkit.js';
import { committeeRoles } from './committeeRoles.js';

describe('ORG-2.committee-roles', () => {
  it.each<[string, BranchRole[], string, string | null]>([
    ['all three portfolios', [...FIVE], 'met', null],
    ['all three and one 副书记', ['secretary', 'deputySecretary', 'organizationMember', 'publicityMember', 'disciplineMember'], 'met', null],
    ['no 纪检委员', ['secretary', 'organizationMember', 'publicityMember'], 'unmet', '支委会未明确纪检委员，请调整委员分工。'],
    ['no 宣传 nor 纪检委员', ['secretary', 'organizationMember', 'committeeMember'], 'unmet', '支委会未明确宣传委员、纪检委员，请调整委员分工。'],
    [
      'two 副书记',
      ['secretary', 'deputySecretary', 'deputySecretary', 'organizationMember', 'publicityMember', 'disciplineMember', 'committeeMember'],
      'unmet',
      '支委会设有副书记2名（最多1名），请调整委员分工。',
    ],
    ['two 副书记 and no 组织委员', ['secretary', 'deputySecretary', 'deputySecretary', 'publicityMember', 'disciplineMember'], 'unmet', '支委会未明确组织委员，且设有副书记2名（最多1名），请调整委员分工。'],
  ])('%s → %s', (_, roles, status, message) => {
    const f = one(judge(committeeRoles, buildBranch({ committees: [committee({ roles })] })));
    expect(f).toMatchObject({ status, severity: 'advisory', params: {} });
    if (message) expect(f.message).toBe(message);
  });

  it('a portfolio whose holder has left is missing', () => {
    const c = committee({ roles: ['secretary', 'organizationMember', 'publicityMember'] });
    c.members.push(committeeMember('m9', 'disciplineMember', { endOn: '2026-06-14' }));
    expect(one(judge(committeeRoles, buildBranch({ committees: [c] }))).status).toBe('unmet');
  });

  it('notApplicable without a committee', () => {
    const c = committee({ kind: 'secretaryOnly', roles: ['secretary'] });
    expect(one(judge(committeeRoles, buildBranch({ committees: [c] })))).toMatchObject({ status: 'notApplicable', reason: '未设支部委员会' });
  });
});
