import { committeeMembersOn, committeeOn, inForce } from '../../check/facts.js';
import type { Evidence } from '../../check/finding.js';
import { defineRule } from '../../check/rule.js';
import { cnDate, committeeEvidence, memberEvidence, roleLabel } from './common.js';

const BASIS =
  '党支部委员会由党员大会按照《中国共产党基层组织选举工作暂行条例》的规定选举产生。党支部书记由支部委员会选举产生，选举结果报机关党委审批。机关党委可根据工作需要调动或者指派党支部书记。';

/** ORG-3: the term in force came from an election (its date recorded), or its 书记 was appointed by the 机关党委. */
export const elected = defineRule({
  id: 'ORG-3.elected',
  clause: 'ORG-3',
  scope: 'branch',
  title: '支委会（书记）由选举产生',
  basis: BASIS,
  source: 'standard',
  severity: 'violation',
  period: 'continuous',
  params: [],
  evaluate(branch, _params, ctx) {
    const d = ctx.judgeDate;
    const c = committeeOn(branch, d);
    if (!c) {
      const posts = branch.committees.length === 0 ? branch.posts.filter((p) => inForce(p, d)) : [];
      if (posts.length > 0) {
        const evidence: Evidence[] = posts.map((p) => ({ kind: 'member', id: p.personId, label: `${p.name}（${roleLabel(p.role)}）`, date: p.startOn }));
        return [{ status: 'unmet', message: '尚未录入支部委员会（或书记）的选举记录，请补录本届选举结果。', evidence }];
      }
      return [{ status: 'unmet', message: '没有选举产生的支部委员会或书记，请召开党员大会进行选举。', evidence: [] }];
    }
    if (c.electedOn) {
      return [{ status: 'met', message: `本届${c.kind === 'committee' ? '支部委员会' : '支部书记'}于${cnDate(c.electedOn)}选举产生。`, evidence: [committeeEvidence(c, c.electedOn)] }];
    }
    const secretaries = committeeMembersOn(c, d).filter((m) => m.role === 'secretary');
    if (secretaries.length > 0 && secretaries.every((m) => m.origin === 'appointed')) {
      return [
        {
          status: 'met',
          message: `支部书记${secretaries.map((m) => m.name).join('、')}由机关党委指派。`,
          evidence: [committeeEvidence(c), ...secretaries.map((m) => memberEvidence(m))],
        },
      ];
    }
    return [{ status: 'unmet', message: '本届未记录选举日期，请补录选举记录。', evidence: [committeeEvidence(c, c.startOn)] }];
  },
});
