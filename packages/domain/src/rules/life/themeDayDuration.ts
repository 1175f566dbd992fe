import type { Evidence } from '../../check/finding.js';
import { defineRule } from '../../check/rule.js';
import { cnDate, num } from '../org/common.js';
import { meetingEvidence, meetingsIn, minutesBetween, periodCn } from './common.js';

/** LIFE-5: each 主题党日 lasts at least an hour (`life.themeDayMinMinutes`). */
export const themeDayDuration = defineRule({
  id: 'LIFE-5.duration',
  clause: 'LIFE-5',
  scope: 'branch',
  title: '主题党日时长',
  basis: '主题党日每次时间不少于1小时。',
  source: 'standard',
  severity: 'violation',
  period: 'month',
  params: ['life.themeDayMinMinutes'],
  evaluate(branch, params, ctx) {
    const days = meetingsIn(branch, 'themeDay', ctx);
    const when = periodCn(ctx.period);
    if (days.length === 0) {
      return [{ status: 'notApplicable', reason: '本月没有主题党日', message: `${when}没有主题党日记录，不检查时长。` }];
    }
    const min = num(params, 'life.themeDayMinMinutes');
    const timed = days.map((m) => ({ m, minutes: minutesBetween(m.startTime, m.endTime) }));
    const evidence: Evidence[] = timed.map(({ m, minutes }) => ({
      ...meetingEvidence(m),
      label: `${meetingEvidence(m).label}（${minutes === null ? '未记录起止时间' : `${minutes}分钟`}）`,
    }));
    const short = timed.filter((t) => t.minutes !== null && t.minutes < min);
    if (short.length > 0) {
      const list = short.map((t) => `${cnDate(t.m.heldOn)}的主题党日只有${t.minutes}分钟`).join('，');
      return [{ status: 'unmet', message: `${list}（每次应不少于${min}分钟）。`, evidence }];
    }
    const missing = timed.filter((t) => t.minutes === null);
    if (missing.length > 0) {
      const list = missing.map((t) => cnDate(t.m.heldOn)).join('、');
      return [{ status: 'missingData', message: `${list}的主题党日未记录起止时间，请补录。`, evidence }];
    }
    return [{ status: 'met', message: `${when}的主题党日均不少于${min}分钟。`, evidence }];
  },
});
