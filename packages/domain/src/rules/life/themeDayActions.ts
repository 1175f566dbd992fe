import { defineRule } from '../../check/rule.js';
import { cnDate } from '../org/common.js';
import { meetingEvidence, meetingsIn, periodCn } from './common.js';

const ACTIONS = [
  ['recitedConstitution', '集体诵读党章'],
  ['studied', '组织集中学习'],
  ['paidDues', '交纳当月党费'],
] as const;

/** LIFE-5: every 主题党日 includes 集体诵读党章, 组织集中学习 and 交纳当月党费. */
export const themeDayActions = defineRule({
  id: 'LIFE-5.required-actions',
  clause: 'LIFE-5',
  scope: 'branch',
  title: '主题党日规定动作',
  basis: '主题党日每次都要集体诵读党章、组织集中学习、交纳当月党费。',
  source: 'standard',
  severity: 'violation',
  period: 'month',
  params: [],
  evaluate(branch, _params, ctx) {
    const days = meetingsIn(branch, 'themeDay', ctx);
    const when = periodCn(ctx.period);
    if (days.length === 0) {
      return [{ status: 'notApplicable', reason: '本月没有主题党日', message: `${when}没有主题党日记录，不检查规定动作。` }];
    }
    const evidence = days.map(meetingEvidence);
    const problems = days.flatMap((m) => {
      const missing = ACTIONS.filter(([k]) => m.themeDay?.[k] !== true).map(([, label]) => label);
      return missing.length === 0 ? [] : [`${cnDate(m.heldOn)}的主题党日${missing.map((a) => `未${a}`).join('、')}`];
    });
    if (problems.length > 0) {
      return [{ status: 'unmet', message: `${problems.join('；')}（每次都要集体诵读党章、组织集中学习、交纳当月党费）。`, evidence }];
    }
    return [{ status: 'met', message: `${when}的主题党日均已集体诵读党章、组织集中学习、交纳当月党费。`, evidence }];
  },
});
