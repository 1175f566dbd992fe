import { ARCHIVE_CATEGORIES, type ArchiveCategory } from '../../archive/categories.js';
import { defineRule, type Rule } from '../../check/rule.js';
import { addMonths } from '../../time/calendarDate.js';
import { cnDate, num } from '../org/common.js';
import { yearOfPeriod } from '../life/common.js';

/**
 * LED-2…LED-7 (每年合订一次): in year Y each category of Y-1 is bound — cover, 卷内目录 and every item — by
 * `led.bindDeadlineMonths` months after 31 December of Y-1 (default the end of Q1). One rule per clause, since a rule
 * answers for one clause; they differ only in the category they read.
 */
function annualBinding(category: ArchiveCategory): Rule {
  return defineRule({
    id: `${category.clause}.annual-binding`,
    clause: category.clause,
    scope: 'branch',
    title: `上年度${category.name}合订`,
    basis: `本标准：${category.name}……上述资料应建立目录，每年合订一次。`,
    source: 'standard',
    severity: 'violation',
    period: 'year',
    params: ['led.bindDeadlineMonths'],
    evaluate(branch, params, ctx) {
      const last = yearOfPeriod(ctx.period) - 1;
      const lastEnd = `${last}-12-31`;
      if (lastEnd < ctx.recordsStartOn) {
        return [{ status: 'notApplicable', reason: '上年度在本系统启用日期之前', message: `${last}年度在本系统启用日期之前，不检查其${category.name}合订。` }];
      }
      if (branch.foundedOn !== null && branch.foundedOn > lastEnd) {
        return [{ status: 'notApplicable', reason: '上年度支部尚未成立', message: `支部成立于${branch.foundedOn}，没有${last}年度的${category.name}。` }];
      }
      const deadline = addMonths(lastEnd, num(params, 'led.bindDeadlineMonths'));
      const bound = branch.archive.bindings
        .filter((b) => b.category === category.key && b.year === last && b.boundOn <= ctx.judgeDate)
        .sort((a, b) => a.boundOn.localeCompare(b.boundOn))[0];
      if (bound) {
        const late = bound.boundOn > deadline ? `（逾期，应在${cnDate(deadline)}前）` : '';
        return [
          {
            status: 'met',
            message: `${last}年度${category.name}已于${bound.boundOn}合订${late}。`,
            evidence: [{ kind: 'archiveBinding', id: `${branch.id}/${category.key}/${last}`, label: `${last}年度${category.name}（合订本）`, date: bound.boundOn }],
            due: deadline,
          },
        ];
      }
      if (ctx.judgeDate <= deadline) {
        return [{ status: 'dueSoon', message: `${last}年度${category.name}尚未合订，请在${cnDate(deadline)}前建立目录并合订。`, evidence: [], due: deadline }];
      }
      return [{ status: 'unmet', message: `${last}年度${category.name}逾期未合订（应在${cnDate(deadline)}前）；请在信息台账中一键合订。`, evidence: [], due: deadline }];
    },
  });
}

/** The binding rules of LED-2…LED-7, in clause order (record books and 党费证 are kept, not bound yearly). */
export const annualBindingRules: readonly Rule[] = ARCHIVE_CATEGORIES.filter((c) => c.boundYearly).map(annualBinding);
