import { defineRule, type Verdict } from '../../check/rule.js';
import { notYet, withoutDue, yearlyDutyMembers, yearOfPeriod } from './common.js';

/** LIFE-8: every 党员 reports once a year to the 党小组 or the branch; one finding per member on the roster. */
export const memberReport = defineRule({
  id: 'LIFE-8.member-report',
  clause: 'LIFE-8',
  scope: 'branch',
  title: '党员每年汇报',
  basis: '党员每年就本人的思想、工作、学习及开展群众工作等情况，向党小组或党支部作一次汇报，可与民主评议党员结合进行。',
  source: 'standard',
  severity: 'violation',
  period: 'year',
  params: ['window.year'],
  evaluate(branch, _params, ctx) {
    const year = yearOfPeriod(ctx.period);
    // the roster on the judge date, less those who came in the last quarter (they report from next year)
    const members = yearlyDutyMembers(branch, ctx);
    if (members.length === 0) return [{ status: 'notApplicable', reason: '支部没有党员', message: '支部没有党员，不检查党员汇报。' }];
    const reported = new Map(branch.memberReports.filter((x) => x.year === year).map((x) => [x.personId, x]));
    return members.map((p): Verdict => {
      const subject = { kind: 'member' as const, id: p.id, name: p.name };
      const r = reported.get(p.id);
      if (r) {
        return {
          status: 'met',
          subject,
          message: `${p.name}已于${r.reportedOn}作${year}年度党员汇报。`,
          evidence: [{ kind: 'member', id: p.id, label: `${p.name}的${year}年度党员汇报`, date: r.reportedOn }],
        };
      }
      return withoutDue(notYet(ctx, `${p.name}没有作党员汇报的记录（每年1次）；如已汇报，请补录。`, `${p.name}尚未作党员汇报`, { subject }));
    });
  },
});
