import { committeeOn } from '../../check/facts.js';
import { defineRule } from '../../check/rule.js';
import { atLeastOne, meetingsIn } from './common.js';

/** LIFE-2: a 支部委员会会议 at least once a month, where the branch has a 支部委员会. */
export const committeeMonthly = defineRule({
  id: 'LIFE-2.monthly',
  clause: 'LIFE-2',
  scope: 'branch',
  title: '每月召开支部委员会会议',
  basis: '支部委员会会议一般每月召开1次，根据需要可以随时召开。',
  source: 'standard',
  severity: 'violation',
  period: 'month',
  params: ['window.month'],
  evaluate(branch, _params, ctx) {
    const c = committeeOn(branch, ctx.judgeDate);
    if (!c || c.kind !== 'committee') {
      return [{ status: 'notApplicable', reason: '未设支部委员会', message: '支部未设支部委员会，不检查支部委员会会议。' }];
    }
    return [atLeastOne(meetingsIn(branch, 'committeeMeeting', ctx), '支部委员会会议', ctx)];
  },
});
