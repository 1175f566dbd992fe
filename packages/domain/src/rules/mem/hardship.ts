import { defineRule } from '../../check/rule.js';
import { inDifficultyDuring } from '../../care/care.js';
import { notYet, periodCn } from '../life/common.js';

/**
 * MEM-5: each member in difficulty (困难党员) at some time of the year is visited (走访、慰问 or helped) at least once
 * in it. Severity violation: MEM-5 is ✓ and the visit is recorded by the branch itself. One finding per branch with
 * counts only, never names nor evidence: the check is read more widely than hardship details may be (contracts §4 —
 * a 党小组长 or another member must not learn who is in difficulty); the 关怀 page lists who.
 */
export const hardshipCare = defineRule({
  id: 'MEM-5.hardship-care',
  clause: 'MEM-5',
  scope: 'branch',
  title: '走访慰问困难党员',
  basis: '本标准：对困难党员进行走访、慰问和帮扶。',
  source: 'standard',
  severity: 'violation',
  period: 'year',
  params: ['window.year'],
  evaluate(branch, _params, ctx) {
    const during = branch.care.hardships.filter((h) => inDifficultyDuring(h, ctx.period.start, ctx.judgeDate));
    if (during.length === 0) return [{ status: 'notApplicable', reason: '没有困难党员', message: `${periodCn(ctx.period)}支部没有登记困难党员。` }];
    const persons = new Map<string, boolean>();
    for (const h of during) {
      const visited = h.visitedOn.some((d) => d >= ctx.period.start && d <= ctx.judgeDate);
      persons.set(h.personId, (persons.get(h.personId) ?? false) || visited);
    }
    const missing = [...persons.values()].filter((v) => !v).length;
    if (missing === 0) return [{ status: 'met', message: `${periodCn(ctx.period)}${persons.size}名困难党员均已走访慰问。` }];
    return [notYet(ctx, `有${missing}名困难党员没有走访慰问记录（每年至少1次），详见困难党员关怀台账。`, `有${missing}名困难党员尚未走访慰问`)];
  },
});
