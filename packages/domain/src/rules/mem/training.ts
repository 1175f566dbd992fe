import { committeeMembersOn, committeeOn, inForce, type BranchFacts, type PersonFact } from '../../check/facts.js';
import { defineRule, type Verdict } from '../../check/rule.js';
import type { CalendarDate } from '../../time/calendarDate.js';
import { notYet, periodCn, withoutDue } from '../life/common.js';

/** The 书记 in office on a date: of the committee in force, or (no committee record) the branch post. */
export function secretaryOn(branch: BranchFacts, d: CalendarDate): { personId: string; name: string } | null {
  const c = committeeOn(branch, d);
  if (c) {
    const m = committeeMembersOn(c, d).find((x) => x.role === 'secretary');
    return m ? { personId: m.personId, name: m.name } : null;
  }
  if (branch.committees.length > 0) return null;
  const p = branch.posts.find((x) => x.role === 'secretary' && inForce(x, d));
  return p ? { personId: p.personId, name: p.name } : null;
}

const nameOf = (persons: readonly PersonFact[], id: string, fallback: string) => persons.find((p) => p.id === id)?.name ?? fallback;

/**
 * MEM-2: the 支部书记 attends the higher organization's training — at least one training in the year by the 书记 in
 * office at the judge date. Severity advisory: MEM-2 is ◐ and the training is organized (and its places given) by
 * the higher organization, not the branch; a year without one is a reminder to ask for a place.
 */
export const secretaryTraining = defineRule({
  id: 'MEM-2.secretary-training',
  clause: 'MEM-2',
  scope: 'branch',
  title: '支部书记参加上级党组织培训',
  basis: '本标准：支部书记参加上级党组织的培训。',
  source: 'standard',
  severity: 'advisory',
  period: 'year',
  params: ['window.year'],
  evaluate(branch, _params, ctx): Verdict[] {
    const s = secretaryOn(branch, ctx.judgeDate);
    if (!s) return [{ status: 'notApplicable', reason: '支部书记空缺', message: '支部书记空缺，不检查书记培训。' }];
    const name = nameOf(branch.persons, s.personId, s.name);
    const subject = { kind: 'member' as const, id: s.personId, name };
    const attended = branch.care.trainings.filter((t) => t.personId === s.personId && t.endOn >= ctx.period.start && t.startOn <= ctx.judgeDate);
    if (attended.length > 0) {
      return [{ status: 'met', subject, message: `${periodCn(ctx.period)}支部书记${name}参加上级党组织培训${attended.length}次。`, evidence: attended.map((t) => ({ kind: 'member' as const, id: s.personId, label: `${name}参加培训（${t.startOn}至${t.endOn}）`, date: t.startOn })) }];
    }
    // without a due date: the calendar shows the rule's year once, and the ICS feed carries no one's name (contracts §4)
    return [withoutDue(notYet(ctx, `没有支部书记${name}参加上级党组织培训的记录；如已参加，请补录。`, `支部书记${name}尚未参加上级党组织培训`, { subject }))];
  },
});
