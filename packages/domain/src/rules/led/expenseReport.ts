import { defineRule } from '../../check/rule.js';
import { yearOfPeriod } from '../life/common.js';

const yuan = (fen: number) => (fen / 100).toFixed(2);

/**
 * LED-7 (经费保障档案): every activity-fund expense of the year keeps its receipts and its written activity report
 * (活动报告), so the archive can hold 经费支出凭证及活动报告 for each one. The expense form already refuses an expense
 * without a receipt; the report may have been left for later, and this rule names every expense still without one.
 */
export const expenseReport = defineRule({
  id: 'LED-7.expense-report',
  clause: 'LED-7',
  scope: 'branch',
  title: '经费支出附票据和活动报告',
  basis: '本标准：经费保障档案存放党组织活动经费台账、支出凭证及活动报告等资料。',
  source: 'standard',
  severity: 'violation',
  period: 'year',
  params: [],
  evaluate(branch, _params, ctx) {
    const year = String(yearOfPeriod(ctx.period));
    const expenses = branch.archive.expenses.filter((e) => e.occurredOn.startsWith(`${year}-`) && e.occurredOn <= ctx.judgeDate);
    if (expenses.length === 0) return [{ status: 'notApplicable', reason: '本年度没有活动经费支出', message: `${year}年度没有活动经费支出。` }];
    const lacking = expenses
      .filter((e) => !e.hasReport || e.receipts === 0)
      .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))
      .map((e) => ({ e, what: [e.receipts === 0 ? '票据' : '', e.hasReport ? '' : '活动报告'].filter(Boolean).join('和') }));
    const evidence = lacking.map(({ e }) => ({ kind: 'fundEntry' as const, id: e.id, label: `${e.title}（${yuan(e.amountFen)}元）`, date: e.occurredOn }));
    if (lacking.length === 0) return [{ status: 'met', message: `${year}年度${expenses.length}笔活动经费支出均附票据和活动报告。`, evidence: [] }];
    const list = lacking.map(({ e, what }) => `${e.occurredOn}“${e.title}”缺${what}`).join('；');
    return [{ status: 'unmet', message: `${lacking.length}笔活动经费支出资料不全：${list}。请在经费台账中补充。`, evidence }];
  },
});
