import { membersOn, type BranchFacts, type MeetingFact, type MeetingKind, type PersonFact } from '../../check/facts.js';
import type { Evidence } from '../../check/finding.js';
import type { RuleContext, Verdict } from '../../check/rule.js';
import type { Period } from '../../time/periods.js';
import { cnDate } from '../org/common.js';

/** Shared pieces of the LIFE rules (组织生活): meeting labels, periods in Chinese, the "at least one a period" check. */

export const MEETING_LABELS: Record<MeetingKind, string> = {
  assembly: '支部党员大会',
  committeeMeeting: '支部委员会会议',
  groupMeeting: '党小组会',
  partyLecture: '党课',
  themeDay: '主题党日',
  lifeMeeting: '组织生活会',
  appraisalMeeting: '民主评议党员会议',
  other: '其他会议',
};

const QUARTERS = ['一', '二', '三', '四'];

/** `2026年3月` · `2026年第一季度` · `2026年上半年` · `2026年`. */
export function periodCn(p: Period): string {
  const y = p.start.slice(0, 4);
  const m = Number(p.start.slice(5, 7));
  switch (p.kind) {
    case 'month':
      return `${y}年${m}月`;
    case 'quarter':
      return `${y}年第${QUARTERS[(m - 1) / 3] ?? ''}季度`;
    case 'half':
      return `${y}年${m === 1 ? '上' : '下'}半年`;
    case 'year':
      return `${y}年`;
  }
}

const EVERY: Record<Period['kind'], string> = { month: '每月', quarter: '每季度', half: '每半年', year: '每年' };
export const everyCn = (p: Period): string => EVERY[p.kind];

/** `支部党员大会 2026-03-12`. */
export const meetingEvidence = (m: MeetingFact): Evidence => ({ kind: 'meeting', id: m.id, label: `${MEETING_LABELS[m.kind]} ${m.heldOn}`, date: m.heldOn });

/**
 * The branch's meetings by kind, each list by date (then id), indexed once per branch: the monthly rules ask for one
 * kind in one month of a year's meetings, twelve times each. Rebuilt when the list has changed length.
 */
const byKindCache = new WeakMap<readonly MeetingFact[], { length: number; byKind: Map<MeetingKind, MeetingFact[]> }>();
const byDate = (a: MeetingFact, b: MeetingFact) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : a.id < b.id ? -1 : 1);

function meetingsByKind(branch: BranchFacts): Map<MeetingKind, MeetingFact[]> {
  const hit = byKindCache.get(branch.meetings);
  if (hit && hit.length === branch.meetings.length) return hit.byKind;
  const byKind = new Map<MeetingKind, MeetingFact[]>();
  for (const m of branch.meetings) {
    const list = byKind.get(m.kind);
    if (list) list.push(m);
    else byKind.set(m.kind, [m]);
  }
  for (const list of byKind.values()) list.sort(byDate);
  byKindCache.set(branch.meetings, { length: branch.meetings.length, byKind });
  return byKind;
}

/** Held meetings of a kind in the period, up to the judge date, by date. */
export function meetingsIn(branch: BranchFacts, kind: MeetingKind, ctx: Pick<RuleContext, 'period' | 'judgeDate'>): MeetingFact[] {
  return (meetingsByKind(branch).get(kind) ?? []).filter((m) => m.heldOn >= ctx.period.start && m.heldOn <= ctx.judgeDate);
}

/**
 * "At least one `what` in the period" (`verb`: 召开 a meeting, 上 a 党课, 开展 a 主题党日): met with the meetings as evidence, else the open status
 * (unmet once the period has closed, dueSoon inside the warning window, pending before it).
 */
export function atLeastOne(found: readonly MeetingFact[], what: string, ctx: RuleContext, extra: Partial<Verdict> = {}, verb = '召开'): Verdict {
  const when = periodCn(ctx.period);
  if (found.length > 0) {
    return { ...extra, status: 'met', message: `${when}已${verb}${what}${found.length}次。`, evidence: found.map(meetingEvidence) };
  }
  const status = ctx.openStatus();
  const message =
    status === 'unmet'
      ? `${when}没有${verb}${what}的记录（${everyCn(ctx.period)}至少1次）；如已${verb}，请补录。`
      : `${when}尚未${verb}${what}，请在${cnDate(ctx.period.end)}前${verb}${what}并记录。`;
  return { ...extra, status, message, evidence: [], due: ctx.period.end };
}

/** Minutes between `HH:MM` times, or null when either is missing or the end is not after the start. */
export function minutesBetween(start: string | null, end: string | null): number | null {
  if (!start || !end) return null;
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const d = toMin(end) - toMin(start);
  return Number.isFinite(d) && d > 0 ? d : null;
}

/** The calendar year of a yearly period (LIFE-6..9, MEM-4, LED-1 judge records of a year). */
export const yearOfPeriod = (p: Period): number => Number(p.start.slice(0, 4));

/**
 * A yearly duty not done (yet): the open status, with `missing` (what is not recorded) once the year has closed,
 * else `todo` (what to do) and the year's end as the deadline.
 */
export function notYet(ctx: RuleContext, missing: string, todo: string, extra: Partial<Verdict> = {}): Verdict {
  const status = ctx.openStatus();
  const message = status === 'unmet' ? `${periodCn(ctx.period)}${missing}` : `${periodCn(ctx.period)}${todo}，请在${cnDate(ctx.period.end)}前完成。`;
  return { evidence: [], ...extra, status, message, due: ctx.period.end };
}

/**
 * A verdict about one member, without its `due`: the calendar then shows the rule's period once rather than a
 * deadline per name, and the ICS feed carries no personal data (contracts §4).
 */
export function withoutDue(v: Verdict): Verdict {
  // a rest copy, not `delete`: deleting a key turns the object slow, and there is one per member of the organ
  const { due: _due, ...rest } = v;
  return rest;
}

/**
 * The members who owe a yearly personal duty (党员汇报, a talk): on the roster at the judge date and already 党员 of
 * the branch on 1 October, so that someone admitted or transferred in during the last quarter owes it from next year
 * (a 预备党员 admitted on 24 December has had no year to report on).
 */
export function yearlyDutyMembers(branch: BranchFacts, ctx: Pick<RuleContext, 'period' | 'judgeDate'>): PersonFact[] {
  const now = membersOn(branch, ctx.judgeDate);
  const cutoff = `${ctx.period.start.slice(0, 4)}-10-01`;
  if (ctx.judgeDate < cutoff) return now;
  const before = new Set(membersOn(branch, cutoff).map((p) => p.id));
  return now.filter((p) => before.has(p.id));
}
