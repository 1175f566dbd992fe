import { committeeMembersOn, committeeOn } from '../../check/facts.js';
import type { BranchRole } from '../../access/roles.js';
import { defineRule } from '../../check/rule.js';
import { committeeEvidence, joinCn, memberEvidence, roleLabel } from './common.js';

const EXPECTED: readonly BranchRole[] = ['organizationMember', 'publicityMember', 'disciplineMember'];

/** ORG-2 (advisory): the committee's portfolios — 组织、宣传、纪检委员; 副书记 optional, at most one. */
export const committeeRoles = defineRule({
  id: 'ORG-2.committee-roles',
  clause: 'ORG-2',
  scope: 'branch',
  title: '支委会委员分工',
  basis: '支部委员会一般应设书记、副书记、组织委员、宣传委员、纪检委员等。（《中国共产党支部工作条例（试行）》第六章：党支部委员会设书记和组织委员、宣传委员、纪检委员等，必要时可以设1名副书记。）',
  source: 'standard',
  severity: 'advisory',
  period: 'continuous',
  params: [],
  evaluate(branch, _params, ctx) {
    const d = ctx.judgeDate;
    const c = committeeOn(branch, d);
    if (c?.kind !== 'committee') {
      return [{ status: 'notApplicable', reason: '未设支部委员会', message: '支部未设支部委员会，不检查委员分工。' }];
    }
    const members = committeeMembersOn(c, d);
    const roles = new Set(members.map((m) => m.role));
    const missing = EXPECTED.filter((r) => !roles.has(r)).map(roleLabel);
    const deputies = members.filter((m) => m.role === 'deputySecretary').length;
    const evidence = [committeeEvidence(c), ...members.map((m) => memberEvidence(m))];
    if (missing.length === 0 && deputies <= 1) {
      return [{ status: 'met', message: '支委会已明确组织委员、宣传委员、纪检委员分工。', evidence }];
    }
    const problems: string[] = [];
    if (missing.length > 0) problems.push(`未明确${joinCn(missing)}`);
    if (deputies > 1) problems.push(`设有副书记${deputies}名（最多1名）`);
    return [{ status: 'unmet', message: `支委会${problems.join('，且')}，请调整委员分工。`, evidence }];
  },
});
