import { compareOrdinalNames } from '../person/ordinalName.js';
import { addDays, daysInMonth, type CalendarDate } from '../time/calendarDate.js';
import { periodsOfYear, type Period, type PeriodKind } from '../time/periods.js';
import type { MeetingKindName } from './meeting.js';

/**
 * The year plan (issue 5 §3): a draft calendar that meets the frequencies of 三会一课 and the annual meetings —
 * 党员大会 each quarter, 支委会 each month (when the branch has a committee), 党小组会 each month per group,
 * 党课 each half-year (or quarter), 主题党日 each month, 组织生活会 and 民主评议 once a year, late in Q4.
 * Only periods still to come (ending on or after `from`) that no held or planned meeting of that kind (and group)
 * already covers get an item, so drafting twice proposes nothing new.
 */
export interface PlanGroup {
  id: string;
  name: string;
  foundedOn?: CalendarDate | null;
  dissolvedOn?: CalendarDate | null;
}

export interface PlanInput {
  year: number;
  /** today: nothing is planned before it */
  from: CalendarDate;
  /** the relatively fixed day of the month (1–28) */
  day: number;
  groups: readonly PlanGroup[];
  committee: boolean;
  partyLecturePeriod: 'half' | 'quarter';
  /** held or planned meetings (cancelled ones do not cover a period) */
  existing: ReadonlyArray<{ kind: string; groupId: string | null; date: CalendarDate }>;
}

export interface PlanItem {
  kind: MeetingKindName;
  groupId: string | null;
  groupName: string | null;
  heldOn: CalendarDate;
  title: string;
}

const weekday = (d: CalendarDate) => new Date(`${d}T00:00:00Z`).getUTCDay();

/** The date itself on Monday–Friday, else the Monday after (no holiday calendar in the repo: weekends only). */
export function nextWorkingDay(d: CalendarDate): CalendarDate {
  let out = d;
  while (weekday(out) === 0 || weekday(out) === 6) out = addDays(out, 1);
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `day` of the period's last month, not before `from`, on a working day. */
function dateIn(p: Period, day: number, from: CalendarDate): CalendarDate {
  const [y, m] = [Number(p.end.slice(0, 4)), Number(p.end.slice(5, 7))];
  const onDay = `${y}-${pad(m)}-${pad(Math.min(day, daysInMonth(y, m)))}`;
  return nextWorkingDay(onDay < from ? from : onDay);
}

const PERIOD_WORDS: Record<PeriodKind, (p: Period) => string> = {
  year: () => '',
  half: (p) => (p.key.endsWith('H1') ? '上半年' : '下半年'),
  quarter: (p) => `第${p.key.slice(-1)}季度`,
  month: (p) => `${Number(p.key.slice(5))}月`,
};
const KIND_WORDS: Record<MeetingKindName, string> = {
  assembly: '支部党员大会',
  committeeMeeting: '支部委员会',
  groupMeeting: '党小组会',
  partyLecture: '党课',
  themeDay: '主题党日',
  lifeMeeting: '组织生活会',
  appraisalMeeting: '民主评议党员',
  other: '其他会议',
};

export function draftYearPlan(input: PlanInput): PlanItem[] {
  const { year, from, day } = input;
  const out: PlanItem[] = [];
  const covered = (kind: string, groupId: string | null, p: Period) =>
    input.existing.some((e) => e.kind === kind && (e.groupId ?? null) === groupId && e.date >= p.start && e.date <= p.end);
  const add = (kind: MeetingKindName, periodKind: PeriodKind, group: PlanGroup | null = null, shift = 0) => {
    for (const p of periodsOfYear(periodKind, year)) {
      if (p.end < from || covered(kind, group?.id ?? null, p)) continue;
      // the annual meetings fall in December, 民主评议 the working day after 组织生活会
      let heldOn = dateIn(p, day, from);
      for (let i = 0; i < shift; i++) heldOn = nextWorkingDay(addDays(heldOn, 1));
      if (heldOn > p.end) continue;
      if (group && ((group.foundedOn && group.foundedOn > heldOn) || (group.dissolvedOn && group.dissolvedOn < heldOn))) continue;
      out.push({ kind, groupId: group?.id ?? null, groupName: group?.name ?? null, heldOn, title: `${year}年${PERIOD_WORDS[periodKind](p)}${group?.name ?? ''}${KIND_WORDS[kind]}` });
    }
  };
  add('assembly', 'quarter');
  if (input.committee) add('committeeMeeting', 'month');
  for (const g of input.groups) add('groupMeeting', 'month', g);
  add('partyLecture', input.partyLecturePeriod);
  add('themeDay', 'month');
  add('lifeMeeting', 'year');
  add('appraisalMeeting', 'year', null, 1);
  const order = Object.keys(KIND_WORDS);
  return out.sort((a, b) => a.heldOn.localeCompare(b.heldOn) || order.indexOf(a.kind) - order.indexOf(b.kind) || compareOrdinalNames(a.groupName ?? '', b.groupName ?? ''));
}
