import { committeeMembersOn, committeeOn, inForce, type BranchFacts, type TalkFact } from '../../check/facts.js';
import type { Evidence } from '../../check/finding.js';
import { defineRule, type Verdict } from '../../check/rule.js';
import type { CalendarDate } from '../../time/calendarDate.js';
import { notYet, withoutDue, yearlyDutyMembers, yearOfPeriod } from '../life/common.js';

/** On the 支部委员会 in force on a date, or (a branch without committee records) holding a branch post then. */
function onCommitteeOn(branch: BranchFacts, personId: string, d: CalendarDate): boolean {
  const c = committeeOn(branch, d);
  if (c) return committeeMembersOn(c, d).some((m) => m.personId === personId);
  if (branch.committees.length > 0) return false;
  return branch.posts.some((p) => p.personId === personId && inForce(p, d));
}

/**
 * The talks that count, by member (R-LIFE-8): a talk counts for both its parties when one of them was on the
 * committee that day (so a committee member's talks with anyone of the branch count for them); a branch with
 * neither committee nor posts has no one to ask, so every talk counts.
 */
function talksByMember(branch: BranchFacts, talks: readonly TalkFact[]): Map<string, TalkFact[]> {
  const anyone = branch.committees.length === 0 && branch.posts.length === 0;
  const out = new Map<string, TalkFact[]>();
  for (const t of talks) {
    if (!anyone && !onCommitteeOn(branch, t.talkerPersonId, t.talkedOn) && !onCommitteeOn(branch, t.talkeePersonId, t.talkedOn)) continue;
    for (const id of [t.talkerPersonId, t.talkeePersonId]) out.set(id, [...(out.get(id) ?? []), t]);
  }
  return out;
}

const nameOf = (branch: BranchFacts, id: string) => branch.persons.find((p) => p.id === id)?.name ?? '';

/** MEM-4: each 党员 has a 谈心谈话 with a member of the 支部委员会 at least once a year; one finding per member. */
export const talks = defineRule({
  id: 'MEM-4.talks',
  clause: 'MEM-4',
  scope: 'branch',
  title: '每年与党员谈心谈话',
  basis: '支部委员会成员与党员之间、党员和党员之间，每年谈心谈话一般不少于1次（《中国共产党支部工作条例（试行）》）；本标准：实行个别谈话或诫勉谈话，有针对性地解决党员思想、工作中存在的具体问题。',
  source: 'national',
  severity: 'violation',
  period: 'year',
  params: ['window.year'],
  evaluate(branch, _params, ctx) {
    const members = yearlyDutyMembers(branch, ctx);
    if (members.length === 0) return [{ status: 'notApplicable', reason: '支部没有党员', message: '支部没有党员，不检查谈心谈话。' }];
    const year = yearOfPeriod(ctx.period);
    const inYear = branch.talks
      .filter((t) => t.kind === 'heartToHeart' && t.talkedOn >= ctx.period.start && t.talkedOn <= ctx.judgeDate)
      .sort((a, b) => (a.talkedOn < b.talkedOn ? -1 : a.talkedOn > b.talkedOn ? 1 : 0));
    const counting = talksByMember(branch, inYear);
    return members.map((p): Verdict => {
      const subject = { kind: 'member' as const, id: p.id, name: p.name };
      const mine = counting.get(p.id) ?? [];
      if (mine.length > 0) {
        const evidence = mine.map((t): Evidence => {
          const other = t.talkerPersonId === p.id ? t.talkeePersonId : t.talkerPersonId;
          return { kind: 'talk', id: t.id, label: `与${nameOf(branch, other) || '支委'}谈心谈话`, date: t.talkedOn };
        });
        return { status: 'met', subject, message: `${p.name}${year}年已与支部委员谈心谈话${mine.length}次。`, evidence };
      }
      return withoutDue(notYet(ctx, `没有支部委员与${p.name}谈心谈话的记录（每年至少1次）；如已谈话，请补录。`, `支部委员尚未与${p.name}谈心谈话`, { subject }));
    });
  },
});
