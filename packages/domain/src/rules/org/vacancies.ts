import { committeeMembersOn, committeeOn } from '../../check/facts.js';
import { defineRule, type Verdict } from '../../check/rule.js';
import { addDays, daysBetween } from '../../time/calendarDate.js';
import { cnDate, committeeEvidence, num, openVacanciesOn, vacancyEvidence, vacancyName } from './common.js';

/** ORG-3: a vacancy is filled by 补选 at a 党员大会 (or, for the 书记, by the 机关党委's appointment) within the set days. */
export const vacancies = defineRule({
  id: 'ORG-3.vacancies',
  clause: 'ORG-3',
  scope: 'branch',
  title: '委员缺额及时补选',
  basis: '任期内，委员如有缺额，由党员大会及时补选。机关党委可根据工作需要调动或者指派党支部书记。',
  source: 'standard',
  severity: 'violation',
  period: 'continuous',
  params: ['org.vacancyFillDays'],
  evaluate(branch, params, ctx) {
    const d = ctx.judgeDate;
    const c = committeeOn(branch, d);
    if (!c) {
      return [{ status: 'notApplicable', reason: '没有在任的支部委员会或书记', message: '支部没有在任的支部委员会或书记，不检查职务空缺。' }];
    }
    const days = num(params, 'org.vacancyFillDays');
    const open = openVacanciesOn(c, d);
    const out: Verdict[] = open.map((v): Verdict => {
      const name = vacancyName(v);
      const due = addDays(v.arisenOn, days);
      const since = daysBetween(v.arisenOn, d);
      const how = v.role === 'secretary' || v.role === 'deputySecretary' ? '召开党员大会补选或报机关党委指派' : '召开党员大会补选';
      const base = { subject: { kind: 'vacancy' as const, id: v.id, name }, evidence: [committeeEvidence(c), vacancyEvidence(v)], due };
      return since > days
        ? { ...base, status: 'unmet', message: `${name}空缺已${since}天，超过${days}天未补选，请尽快${how}。` }
        : { ...base, status: 'dueSoon', message: `${name}空缺${since > 0 ? `已${since}天` : ''}，请于${cnDate(due)}前${how}。` };
    });
    const hasSecretary = committeeMembersOn(c, d).some((m) => m.role === 'secretary');
    if (!hasSecretary && !open.some((v) => v.role === 'secretary')) {
      out.push({
        status: 'unmet',
        subject: { kind: 'committee', id: c.id, name: '书记' },
        message: '书记空缺，请召开党员大会补选书记或报机关党委指派。',
        evidence: [committeeEvidence(c)],
      });
    }
    if (out.length > 0) return out;
    return [{ status: 'met', message: '本届委员没有空缺。', evidence: [committeeEvidence(c)] }];
  },
});
