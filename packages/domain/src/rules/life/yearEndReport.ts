import { defineRule } from '../../check/rule.js';
import { notYet, periodCn, yearOfPeriod } from './common.js';

/** LIFE-6: the committee (or the 书记) reports to the 党员大会 at the end of each year. */
export const yearEndReport = defineRule({
  id: 'LIFE-6.year-end-report',
  clause: 'LIFE-6',
  scope: 'branch',
  title: '年终向党员大会报告工作',
  basis: '支委会或支部书记每年年终向党员大会报告工作。',
  source: 'standard',
  severity: 'violation',
  period: 'year',
  params: ['window.year'],
  evaluate(branch, _params, ctx) {
    const year = yearOfPeriod(ctx.period);
    const r = branch.reports.find((x) => x.kind === 'toAssembly' && x.year === year && x.reportedOn !== null);
    if (r?.reportedOn) {
      return [
        {
          status: 'met',
          message: `${periodCn(ctx.period)}已于${r.reportedOn}向支部党员大会报告工作。`,
          evidence: [{ kind: 'report', id: r.id, label: `${year}年度向党员大会的工作报告`, date: r.reportedOn }],
        },
      ];
    }
    return [notYet(ctx, '没有向支部党员大会报告工作的记录；如已报告，请补录报告日期。', '尚未向支部党员大会报告全年工作')];
  },
});
