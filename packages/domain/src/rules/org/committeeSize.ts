import { committeeMembersOn, committeeOn } from '../../check/facts.js';
import { defineRule } from '../../check/rule.js';
import { committeeEvidence, flag, memberEvidence, num, openVacanciesOn, vacancyEvidence } from './common.js';

/** ORG-2: a 支部委员会 of 3–5 members, an odd number (the odd size is this standard's own, stricter rule). Vacant seats count. */
export const committeeSize = defineRule({
  id: 'ORG-2.committee-size',
  clause: 'ORG-2',
  scope: 'branch',
  title: '支委会3至5人且为奇数',
  basis: '支部委员会一般由3—5人组成，委员人数为单数。',
  source: 'standard',
  severity: 'violation',
  period: 'continuous',
  params: ['org.committeeSizeMin', 'org.committeeSizeMax', 'org.committeeSizeOdd'],
  evaluate(branch, params, ctx) {
    const d = ctx.judgeDate;
    const c = committeeOn(branch, d);
    if (c?.kind !== 'committee') {
      return [{ status: 'notApplicable', reason: '未设支部委员会', message: '支部未设支部委员会，不检查支委会人数。' }];
    }
    const min = num(params, 'org.committeeSizeMin');
    const max = num(params, 'org.committeeSizeMax');
    const odd = flag(params, 'org.committeeSizeOdd');
    const members = committeeMembersOn(c, d);
    const seated = new Set(members.map((m) => m.personId)).size;
    const vacancies = openVacanciesOn(c, d);
    const size = seated + vacancies.length;
    const evidence = [committeeEvidence(c), ...members.map((m) => memberEvidence(m)), ...vacancies.map(vacancyEvidence)];
    const sizeText = vacancies.length > 0 ? `${size}人（在任${seated}人、空缺${vacancies.length}人）` : `${size}人`;
    const wanted = `${min}至${max}人${odd ? '的奇数' : ''}`;
    if (size >= min && size <= max && (!odd || size % 2 === 1)) {
      return [{ status: 'met', message: `支委会现有${sizeText}，符合${min}至${max}人${odd ? '且为奇数' : ''}的要求。`, evidence }];
    }
    return [{ status: 'unmet', message: `支委会现有${sizeText}，应为${wanted}，请通过换届或补选调整委员人数。`, evidence }];
  },
});
