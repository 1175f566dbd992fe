import { defineRule } from '../../check/rule.js';
import { monthCn } from '../../lapse/watch.js';
import { meetingEvidence } from '../life/common.js';

/**
 * MEM-3: a month in which the branch held no organizational life at all does not count against its members on the
 * 6-month watch, but it is a finding against the branch (per month of the year).
 */
export const branchLifeMonth = defineRule({
  id: 'MEM-3.branch-life-month',
  clause: 'MEM-3',
  scope: 'branch',
  title: '每月开展组织生活',
  basis: '党支部应当经常开展组织生活，使党员经常参加党的组织生活（党章第九条、《中国共产党支部工作条例（试行）》）；支部当月没有任何组织生活时，党员当月不计入连续未参加组织生活的月数，但支部应当说明。',
  source: 'national',
  severity: 'advisory',
  period: 'month',
  params: [],
  evaluate(branch, _params, ctx) {
    const month = ctx.period.key;
    const held = branch.meetings.filter((m) => m.heldOn >= ctx.period.start && m.heldOn <= ctx.judgeDate);
    if (held.length > 0 || branch.lapse.branchMonths.includes(month)) {
      return [{ status: 'met', message: `${monthCn(month)}支部开展了组织生活。`, evidence: held.map(meetingEvidence) }];
    }
    if (!ctx.closed) return [{ status: 'pending', message: `${monthCn(month)}支部尚未开展组织生活。`, evidence: [], due: ctx.period.end }];
    return [{ status: 'unmet', message: `${monthCn(month)}支部没有开展任何组织生活；当月不计入党员连续未参加组织生活的月数，请说明原因或补录。`, evidence: [] }];
  },
});
