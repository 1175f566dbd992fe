import type { BranchReportFact } from '../../check/facts.js';
import type { Evidence } from '../../check/finding.js';
import { defineRule } from '../../check/rule.js';
import { cnDate } from '../org/common.js';
import { notYet, periodCn, yearOfPeriod } from './common.js';

const evidenceOf = (r: BranchReportFact, date: string | null): Evidence => ({ kind: 'report', id: r.id, label: `${r.year}年度工作报告（向机关党委）`, date });

/**
 * LIFE-6: the branch reports its whole work to the 机关党委 once a year. Done when the 机关党委 has confirmed receipt;
 * submitted and waiting is in progress; returned is not done (its reason is what to fix).
 */
export const branchReport = defineRule({
  id: 'LIFE-6.branch-report',
  clause: 'LIFE-6',
  scope: 'branch',
  title: '每年向机关党委报告工作',
  basis: '各党支部每年至少向上级党组织就全面工作进行一次汇报，可与支部书记述职评议结合进行。',
  source: 'standard',
  severity: 'violation',
  period: 'year',
  params: ['window.year'],
  evaluate(branch, _params, ctx) {
    const year = yearOfPeriod(ctx.period);
    const when = periodCn(ctx.period);
    const r = branch.reports.find((x) => x.kind === 'toOrgan' && x.year === year);
    switch (r?.status) {
      case 'received':
        return [{ status: 'met', message: `${when}工作报告已报送，机关党委已于${cnDate(r.receivedOn ?? r.submittedOn ?? ctx.period.end)}确认。`, evidence: [evidenceOf(r, r.receivedOn)] }];
      case 'submitted':
        return [{ status: 'pending', message: `${when}工作报告已报送，待机关党委确认。`, evidence: [evidenceOf(r, r.submittedOn)] }];
      case 'returned':
        return [
          {
            status: 'unmet',
            // the reason is the 机关党委's own sentence: drop its closing mark before ours
            message: `${when}工作报告被机关党委退回${r.returnReason ? `：${r.returnReason.replace(/[。；.;\s]+$/u, '')}` : ''}；请修改后重新报送。`,
            evidence: [evidenceOf(r, r.submittedOn)],
            due: ctx.period.end,
          },
        ];
      default: {
        const draft = r ? [evidenceOf(r, null)] : [];
        return [notYet(ctx, '没有向机关党委报告工作的记录（每年至少1次）；如已报告，请补录并报送。', r ? '工作报告尚未报送机关党委' : '尚未向机关党委报告工作', { evidence: draft })];
      }
    }
  },
});
