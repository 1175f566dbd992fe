import { daysBetween, type CalendarDate } from '../time/calendarDate.js';

/**
 * Meetings (三会一课, 主题党日, 组织生活会 …; issue 5 §1): what must be recorded before a meeting may be marked held
 * ("complete at entry"), 补录, and the quorum of a 党员大会 that decides (domain-rules.md R-ORG-9). Pure: "today" and
 * the day of recording are inputs.
 */
export type MeetingKindName = 'assembly' | 'committeeMeeting' | 'groupMeeting' | 'partyLecture' | 'themeDay' | 'lifeMeeting' | 'appraisalMeeting' | 'other';

/** A record is 补录 when entered more than this many days after its date. */
export const LATE_AFTER_DAYS = 30;
/** LIFE-5: a 主题党日 lasts at least this long (judged by the rules, never refused at entry). */
export const THEME_DAY_MIN_MINUTES = 60;

export interface MeetingDraft {
  kind: MeetingKindName;
  heldOn: CalendarDate;
  startTime: string | null;
  endTime: string | null;
  groupId: string | null;
  hostPersonId: string | null;
  recorderPersonId: string | null;
  lecturerPersonId: string | null;
  lecturerName: string | null;
  topic: string | null;
  agenda: readonly string[];
  /** recorded attendance (with the name, for the messages) */
  attendance: readonly { name: string; status: 'present' | 'onLeave' | 'absent' | null; reason: string | null }[];
}

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/** Minutes from `HH:MM` to `HH:MM`; null when either is missing or the end is not after the start. */
export function durationMinutes(start: string | null, end: string | null): number | null {
  if (!start || !end) return null;
  const m = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const d = m(end) - m(start);
  return d > 0 ? d : null;
}

/** The Chinese reasons a meeting cannot (yet) be marked held; empty when it is complete. */
export function meetingProblems(m: MeetingDraft, ctx: { today: CalendarDate }): string[] {
  const out: string[] = [];
  if (m.heldOn > ctx.today) out.push(`会议日期（${m.heldOn}）晚于今天，尚未召开的会议不能标记为已召开`);
  if (m.startTime && m.endTime && durationMinutes(m.startTime, m.endTime) === null) out.push(`结束时间（${m.endTime}）须晚于开始时间（${m.startTime}）`);
  if (m.kind === 'groupMeeting' && !m.groupId) out.push('党小组会须指定党小组');
  if (blank(m.hostPersonId)) out.push('未填写主持人');
  if (blank(m.recorderPersonId)) out.push('未填写记录人');
  if (m.agenda.filter((a) => !blank(a)).length === 0) out.push('未填写议题（至少一项）');
  if (m.kind === 'partyLecture') {
    if (blank(m.lecturerPersonId) && blank(m.lecturerName)) out.push('党课未填写授课人');
    if (blank(m.topic)) out.push('党课未填写课题');
  }
  for (const a of m.attendance) if (a.status === 'onLeave' && blank(a.reason)) out.push(`${a.name}请假未填写原因`);
  return out;
}

/** 补录: recorded more than 30 days after its date, unless dated before the records start (a back-entry). */
export function isLate(heldOn: CalendarDate, recordedOn: CalendarDate, recordsStartOn: CalendarDate): boolean {
  return !isBackEntry(heldOn, recordsStartOn) && daysBetween(heldOn, recordedOn) > LATE_AFTER_DAYS;
}

/** Dated before the organ's records start date: a historical back-entry, never 补录 (contracts §2). */
export const isBackEntry = (heldOn: CalendarDate, recordsStartOn: CalendarDate): boolean => heldOn < recordsStartOn;

/** R-ORG-9: a 党员大会 may decide only when more than half of the members with a vote are present (strict). */
export function assemblyQuorum(expectedWithVote: number, presentWithVote: number): { needed: number; met: boolean } {
  return { needed: Math.floor(expectedWithVote / 2) + 1, met: expectedWithVote > 0 && presentWithVote * 2 > expectedWithVote };
}

/** Whether a 主题党日's recorded times make it shorter than LIFE-5 asks (flagged by the rules, never refused). */
export const themeDayTooShort = (start: string | null, end: string | null): boolean => {
  const d = durationMinutes(start, end);
  return d !== null && d < THEME_DAY_MIN_MINUTES;
};
