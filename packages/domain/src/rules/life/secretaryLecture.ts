import { committeeMembersOn, committeeOn, inForce, type BranchFacts } from '../../check/facts.js';
import type { Evidence } from '../../check/finding.js';
import { defineRule } from '../../check/rule.js';
import type { CalendarDate } from '../../time/calendarDate.js';
import { cnDate } from '../org/common.js';
import { meetingEvidence, meetingsIn, periodCn } from './common.js';

/** The 书记 on a date: the committee member with that role, or the post where the branch has no committee record. */
export function secretariesOn(branch: BranchFacts, d: CalendarDate): { personId: string; name: string; startOn: CalendarDate }[] {
  const c = committeeOn(branch, d);
  if (c) return committeeMembersOn(c, d).filter((m) => m.role === 'secretary');
  if (branch.committees.length > 0) return [];
  return branch.posts.filter((p) => p.role === 'secretary' && inForce(p, d));
}

/** LIFE-4: the 支部书记 gives at least one 党课 a year. */
export const secretaryLecture = defineRule({
  id: 'LIFE-4.secretary-lecture',
  clause: 'LIFE-4',
  scope: 'branch',
  title: '支部书记每年讲党课',
  basis: '支部书记每年至少讲1次党课。',
  source: 'standard',
  severity: 'violation',
  period: 'year',
  params: ['window.year'],
  evaluate(branch, _params, ctx) {
    const now = secretariesOn(branch, ctx.judgeDate);
    if (now.length === 0) {
      return [{ status: 'notApplicable', reason: '没有在任的支部书记', message: '支部没有在任的支部书记，不检查书记讲党课。' }];
    }
    const lectures = meetingsIn(branch, 'partyLecture', ctx);
    const bySecretary = lectures.filter(
      (m) => m.lecturerPersonId !== null && secretariesOn(branch, m.heldOn).some((s) => s.personId === m.lecturerPersonId),
    );
    const when = periodCn(ctx.period);
    if (bySecretary.length > 0) {
      const names = [...new Set(bySecretary.map((m) => branch.persons.find((p) => p.id === m.lecturerPersonId)?.name ?? now.find((s) => s.personId === m.lecturerPersonId)?.name ?? ''))].filter(Boolean);
      return [
        {
          status: 'met',
          message: `${when}支部书记${names.join('、')}已讲党课${bySecretary.length}次。`,
          evidence: bySecretary.map(meetingEvidence),
        },
      ];
    }
    const who = now.map((s) => s.name).join('、');
    const evidence: Evidence[] = [
      ...now.map((s): Evidence => ({ kind: 'member', id: s.personId, label: `${s.name}（书记）`, date: s.startOn })),
      ...lectures.map(meetingEvidence),
    ];
    const status = ctx.openStatus();
    const message =
      status === 'unmet'
        ? `${when}支部书记没有讲党课的记录（每年至少1次）；如已讲，请补录党课并注明主讲人。`
        : `${when}支部书记${who}尚未讲党课，请在${cnDate(ctx.period.end)}前安排。`;
    return [{ status, message, evidence, due: ctx.period.end }];
  },
});
