import { membersOn } from '../../check/facts.js';
import { defineRule } from '../../check/rule.js';
import { notYet, periodCn, yearOfPeriod } from '../life/common.js';

/**
 * MEM-2: every member is given one study notebook (学习教育记录本) a year; one finding per branch naming who lacks
 * it. Severity advisory: MEM-2 is ◐ — the notebooks are supplied by the office (REQ-2) and the tick records that a
 * paper book was handed out, which the system cannot see; a missing tick is a reminder, not a proven breach.
 */
export const studyNotebook = defineRule({
  id: 'MEM-2.study-notebook',
  clause: 'MEM-2',
  scope: 'branch',
  title: '每名党员每年发放学习教育记录本',
  basis: '本标准：每名党员每年发放1本学习教育记录本。',
  source: 'standard',
  severity: 'advisory',
  period: 'year',
  params: ['window.year'],
  evaluate(branch, _params, ctx) {
    const members = membersOn(branch, ctx.judgeDate);
    if (members.length === 0) return [{ status: 'notApplicable', reason: '支部没有党员', message: '支部没有党员，不检查学习教育记录本。' }];
    const year = yearOfPeriod(ctx.period);
    const issued = new Set(branch.care.notebooks.filter((n) => n.year === year && n.issuedOn <= ctx.judgeDate).map((n) => n.personId));
    const lacking = members.filter((p) => !issued.has(p.id));
    if (lacking.length === 0) return [{ status: 'met', message: `${periodCn(ctx.period)}学习教育记录本已发放到全部${members.length}名党员。` }];
    const names = lacking.map((p) => p.name).join('、');
    return [notYet(ctx, `有${lacking.length}名党员没有学习教育记录本的发放记录：${names}；如已发放，请补录。`, `尚未向${lacking.length}名党员发放学习教育记录本（${names}）`)];
  },
});
