import { TERM_YEARS, MAX_EXTENSION_MONTHS } from '../../committee/committee.js';
import { committeeOn, extendedEndOf } from '../../check/facts.js';
import type { Evidence } from '../../check/finding.js';
import { intList } from '../../check/params.js';
import { defineRule } from '../../check/rule.js';
import { addMonths, daysBetween, type CalendarDate } from '../../time/calendarDate.js';
import { cnDate, committeeEvidence } from './common.js';

/** How long `to` is past `from`: whole months when at least one, else days (`3个月`, `12天`). */
function overdueText(from: CalendarDate, to: CalendarDate): string {
  let months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  if (addMonths(from, months) > to) months--;
  return months >= 1 ? `${months}个月` : `${daysBetween(from, to)}天`;
}

/**
 * ORG-3: a term of 3–5 years, re-elected when it ends; an approved extension (at most one year in all) moves the end.
 * The end day itself is still within the term. Only extensions approved by the judge date count.
 */
export const term = defineRule({
  id: 'ORG-3.term',
  clause: 'ORG-3',
  scope: 'branch',
  title: '按期换届',
  basis: '党支部委员会每届任期三年至五年，届满按时改选，如需延期或提前进行换届选举，须报上级党组织批准，延期一般不超过1年。',
  source: 'standard',
  severity: 'violation',
  period: 'continuous',
  params: ['org.termWarnMonths'],
  evaluate(branch, params, ctx) {
    const d = ctx.judgeDate;
    const c = committeeOn(branch, d);
    if (!c) {
      return [{ status: 'notApplicable', reason: '没有在任的支部委员会或书记', message: '支部没有在任的支部委员会或书记，不检查任期。' }];
    }
    const extensions = c.extensions.filter((e) => e.approvedOn <= d);
    const extMonths = extensions.reduce((s, e) => s + e.months, 0);
    const end = extendedEndOf({ ...c, extensions });
    const evidence: Evidence[] = [
      committeeEvidence(c),
      ...extensions.map((e): Evidence => ({ kind: 'extension', id: e.id, label: `经批准延期${e.months}个月`, date: e.approvedOn })),
    ];
    const ended = `本届任期${extMonths > 0 ? `（经批准延期${extMonths}个月）` : ''}`;

    // 6, 3 and 1 months before the end, then every month after it until a new term is elected (contracts §2)
    const warn = intList(params['org.termWarnMonths'] ?? '');
    const reminders = [...warn.map((m) => addMonths(end, -m)), ...(d > end ? Array.from({ length: 12 }, (_, i) => addMonths(end, i + 1)) : [])];
    const problems: string[] = [];
    if (!(TERM_YEARS as readonly number[]).includes(c.termYears)) problems.push(`任期${c.termYears}年，不在3至5年之内`);
    if (extMonths > MAX_EXTENSION_MONTHS) problems.push(`延期共${extMonths}个月，延期超过1年`);
    if (d > end) problems.push(`${ended}已于${cnDate(end)}届满（已超过${overdueText(end, d)}）`);
    if (problems.length > 0) {
      const fix = d > end ? '请尽快换届' : '请核实任期和延期记录，按期换届';
      return [{ status: 'unmet', message: `${problems.join('；')}，${fix}。`, evidence, due: end, reminders }];
    }

    const firstWarn = warn[0] ?? 0;
    if (firstWarn > 0 && d >= addMonths(end, -firstWarn)) {
      return [{ status: 'dueSoon', message: `${ended}将于${cnDate(end)}届满，请筹备换届选举。`, evidence, due: end, reminders }];
    }
    return [{ status: 'met', message: `${ended}至${cnDate(end)}届满。`, evidence, due: end, reminders }];
  },
});
