import { committeeMembersOn, committeeOn, type CommitteeMemberFact } from '../../check/facts.js';
import type { CalendarDate } from '../../time/calendarDate.js';
import { defineRule } from '../../check/rule.js';
import { committeeEvidence, joinCn, memberEvidence, roleLabel } from './common.js';

/** Approved by the 机关党委 by the date; a 书记 the 机关党委 appointed itself needs no further approval. */
const approvedBy = (m: CommitteeMemberFact, d: CalendarDate): boolean =>
  (m.approvedOn !== null && m.approvedOn <= d) || (m.approvedOn === null && m.origin === 'appointed');

/** ORG-3: the 书记 (and 副书记) are reported to the 机关党委 and hold office with its approval. */
export const secretaryApproved = defineRule({
  id: 'ORG-3.secretary-approved',
  clause: 'ORG-3',
  scope: 'branch',
  title: '书记、副书记经机关党委批准',
  basis: '党支部书记由支部委员会选举产生，选举结果报机关党委审批。机关党委可根据工作需要调动或者指派党支部书记。',
  source: 'standard',
  severity: 'violation',
  period: 'continuous',
  params: [],
  evaluate(branch, _params, ctx) {
    const d = ctx.judgeDate;
    const c = committeeOn(branch, d);
    if (!c) {
      return [{ status: 'notApplicable', reason: '没有在任的支部委员会或书记', message: '支部没有在任的支部委员会或书记，不检查书记审批。' }];
    }
    const officers = committeeMembersOn(c, d).filter((m) => m.role === 'secretary' || m.role === 'deputySecretary');
    if (officers.length === 0) {
      return [{ status: 'notApplicable', reason: '没有在任的书记、副书记', message: '本届没有在任的书记、副书记，不检查书记审批。' }];
    }
    const evidence = [committeeEvidence(c), ...officers.map((m) => memberEvidence(m, m.approvedOn ?? m.startOn))];
    const waiting = officers.filter((m) => !approvedBy(m, d));
    if (waiting.length === 0) {
      return [{ status: 'met', message: `${joinCn(officers.map((m) => `${roleLabel(m.role)}${m.name}`))}的任职已经机关党委批准。`, evidence }];
    }
    const who = joinCn(waiting.map((m) => `${roleLabel(m.role)}${m.name}`));
    const election = c.election;
    if (election?.status === 'submitted') {
      return [{ status: 'pending', message: `${who}的选举结果已报机关党委审批，请等待批复。`, evidence }];
    }
    if (election?.status === 'returned') {
      const why = election.returnReason ? `（原因：${election.returnReason}）` : '';
      return [{ status: 'unmet', message: `机关党委退回了${who}的选举结果${why}，请按意见办理后重新报批。`, evidence }];
    }
    return [{ status: 'unmet', message: `${who}的任职未记录机关党委批准，请报批或补录批准日期。`, evidence }];
  },
});
