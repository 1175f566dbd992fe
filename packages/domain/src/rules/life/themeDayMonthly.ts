import { defineRule } from '../../check/rule.js';
import { atLeastOne, meetingsIn } from './common.js';

/** LIFE-5: a 主题党日 at least once a month. */
export const themeDayMonthly = defineRule({
  id: 'LIFE-5.monthly',
  clause: 'LIFE-5',
  scope: 'branch',
  title: '每月开展主题党日',
  basis: '主题党日每月至少开展1次。',
  source: 'standard',
  severity: 'violation',
  period: 'month',
  params: ['window.month'],
  evaluate(branch, _params, ctx) {
    return [atLeastOne(meetingsIn(branch, 'themeDay', ctx), '主题党日', ctx, {}, '开展')];
  },
});
