import type { RectificationFact } from '../../check/facts.js';
import type { Evidence } from '../../check/finding.js';
import { defineRule } from '../../check/rule.js';
import { addDays } from '../../time/calendarDate.js';
import { cnDate, joinCn, num } from '../org/common.js';
import { atLeastOne, meetingEvidence, meetingsIn, periodCn } from './common.js';

const itemEvidence = (r: RectificationFact): Evidence => ({ kind: 'rectification', id: r.id, label: `整改事项${r.seq}：${r.problem}`, date: r.deadline });

/**
 * LIFE-7: a 组织生活会 at least once a year, and every item of its 整改落实台账 rectified: closed, or carried over
 * with a reason. An item still open past its deadline is not met; a meeting with no 台账 at all is given
 * `life.rectificationDays` to record one (a local practice, domain-rules.md R-LIFE-6). Both are judged as of today.
 */
export const lifeMeeting = defineRule({
  id: 'LIFE-7.life-meeting',
  clause: 'LIFE-7',
  scope: 'branch',
  title: '每年召开组织生活会并整改落实',
  basis: '组织生活会每年至少召开一次，遇到重要情况及时召开。会前要听取意见、谈心交心，会上要有针对性地开展批评与自我批评，会后要逐一整改落实。',
  source: 'standard',
  severity: 'violation',
  period: 'year',
  params: ['window.year', 'life.rectificationDays'],
  evaluate(branch, params, ctx) {
    const meetings = meetingsIn(branch, 'lifeMeeting', ctx);
    if (meetings.length === 0) return [atLeastOne(meetings, '组织生活会', ctx)];
    const when = periodCn(ctx.period);
    // 整改 runs on past the year's end (a December meeting's items fall due next year): an item is overdue, and a
    // missing 台账 late, by today, even when a closed year is looked back on
    const d = ctx.asOf;
    const ids = new Set(meetings.map((m) => m.id));
    const items = branch.rectifications.filter((r) => ids.has(r.meetingId)).sort((a, b) => a.meetingId.localeCompare(b.meetingId) || a.seq - b.seq);
    const held = meetings.map(meetingEvidence);
    const open = items.filter((r) => r.status === 'open');
    const overdue = open.filter((r) => r.deadline < d);
    if (overdue.length > 0) {
      const list = joinCn(overdue.map((r) => `${r.seq}. ${r.problem}（期限${r.deadline}）`));
      return [
        {
          status: 'unmet',
          message: `${when}组织生活会的整改事项有${overdue.length}项逾期未完成：${list}；请督促整改并登记完成情况。`,
          evidence: [...held, ...overdue.map(itemEvidence)],
        },
      ];
    }
    // a meeting whose 台账 is not recorded: allowed for `days` after it, then not met
    const days = num(params, 'life.rectificationDays');
    const withoutItems = meetings.filter((m) => !items.some((r) => r.meetingId === m.id));
    const late = withoutItems.filter((m) => addDays(m.heldOn, days) < d);
    if (late.length > 0) {
      return [
        {
          status: 'unmet',
          message: `${when}组织生活会（${joinCn(late.map((m) => m.heldOn))}）会后未建立整改落实台账（应在会后${days}天内建立）；请登记整改事项。`,
          evidence: held,
        },
      ];
    }
    if (withoutItems.length > 0) {
      const due = addDays(withoutItems[0]!.heldOn, days);
      return [{ status: 'pending', message: `${when}已召开组织生活会，请在${cnDate(due)}前建立整改落实台账。`, evidence: held, due }];
    }
    if (open.length > 0) {
      const next = open.reduce((a, r) => (r.deadline < a ? r.deadline : a), open[0]!.deadline);
      return [
        {
          status: 'pending',
          message: `${when}已召开组织生活会，整改事项${items.length}项中尚有${open.length}项未到期、正在整改。`,
          evidence: [...held, ...open.map(itemEvidence)],
          due: next,
        },
      ];
    }
    const carried = items.filter((r) => r.status === 'carriedOver').length;
    return [
      {
        status: 'met',
        message: `${when}已召开组织生活会${meetings.length}次，整改事项${items.length}项${carried > 0 ? `已全部落实（完成${items.length - carried}项，说明理由结转${carried}项）` : '已全部完成'}。`,
        evidence: held,
      },
    ];
  },
});
