import { defineRule, type Verdict } from '../../check/rule.js';
import { atLeastOne, meetingsIn } from './common.js';

/** LIFE-3: each 党小组 holds a 党小组会 at least once a month; one finding per group. */
export const groupMonthly = defineRule({
  id: 'LIFE-3.monthly',
  clause: 'LIFE-3',
  scope: 'branch',
  title: '每月召开党小组会',
  basis: '党小组会一般每月召开1次。',
  source: 'standard',
  severity: 'violation',
  period: 'month',
  params: ['window.month'],
  evaluate(branch, _params, ctx) {
    const d = ctx.judgeDate;
    // the groups active on the judge date (the month's end, or today while it is open)
    const groups = branch.groups.filter((g) => (g.foundedOn === null || g.foundedOn <= d) && (g.dissolvedOn === null || g.dissolvedOn > d));
    if (groups.length === 0) {
      return [{ status: 'notApplicable', reason: '未设党小组', message: '支部未设党小组，不检查党小组会。' }];
    }
    const all = meetingsIn(branch, 'groupMeeting', ctx);
    return groups.map(
      (g): Verdict =>
        atLeastOne(
          all.filter((m) => m.groupId === g.id),
          `${g.name}的党小组会`,
          ctx,
          { subject: { kind: 'group', id: g.id, name: g.name } },
        ),
    );
  },
});
