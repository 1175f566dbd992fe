import type { MeetingFact } from '../../check/facts.js';
import { defineRule } from '../../check/rule.js';
import { cnDate } from '../org/common.js';
import { meetingEvidence, meetingsIn, periodCn } from './common.js';

const ACTIONS = [
  ['recitedConstitution', '集体诵读党章'],
  ['studied', '组织集中学习'],
] as const;

/** The derived 交纳当月党费 of one 主题党日: met when 党员 were present and every one of them had the month paid by the day. */
export function themeDayDues(m: MeetingFact): { present: number; paid: number; met: boolean } {
  const present = m.themeDay?.duesPresent ?? 0;
  const paid = present - (m.themeDay?.duesUnpaid ?? 0);
  return { present, paid, met: present > 0 && paid === present };
}

/**
 * LIFE-5: every 主题党日 includes 集体诵读党章, 组织集中学习 and 交纳当月党费 — the last derived from the month's recorded
 * payments: met when every 党员 present (not guests) had the month paid by the meeting day (issue 6 §5).
 */
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
    const dues = days.map(themeDayDues);
    const counts = days.map((m, i) => `${cnDate(m.heldOn)}出席党员${dues[i]!.present}人中${dues[i]!.paid}人已交本月党费`).join('；');
    const problems = days.flatMap((m, i) => {
      const missing: string[] = ACTIONS.filter(([k]) => m.themeDay?.[k] !== true).map(([, label]) => label);
      if (!dues[i]!.met) missing.push('交纳当月党费');
      return missing.length === 0 ? [] : [`${cnDate(m.heldOn)}的主题党日${missing.map((a) => `未${a}`).join('、')}`];
    });
    if (problems.length > 0) {
      return [{ status: 'unmet', message: `${problems.join('；')}（每次都要集体诵读党章、组织集中学习、交纳当月党费；${counts}）。`, evidence }];
    }
    return [{ status: 'met', message: `${when}的主题党日均已集体诵读党章、组织集中学习、交纳当月党费（${counts}）。`, evidence }];
  },
});
