import dayjs from 'dayjs';
import type { Meeting, MeetingKind, MeetingListItem } from './api';

/** Minutes between two `HH:MM` times of one day; null when either is missing or the end is not after the start. */
export function minutesBetween(start: string | null | undefined, end: string | null | undefined): number | null {
  if (!start || !end) return null;
  const toMin = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const d = toMin(end) - toMin(start);
  return d > 0 ? d : null;
}

/** `1小时30分钟`, `45分钟`. */
export function durationText(min: number): string {
  const h = Math.floor(min / 60);
  const m = min % 60;
  return h ? `${h}小时${m ? `${m}分钟` : ''}` : `${m}分钟`;
}

/** `2026-11-20 14:30 至 16:00` */
export function timeText(m: Pick<Meeting, 'heldOn' | 'startTime' | 'endTime'>): string {
  if (!m.startTime) return m.heldOn;
  return `${m.heldOn} ${m.startTime}${m.endTime ? ` 至 ${m.endTime}` : ''}`;
}

/** 补录 is never hidden: `补录（登记于2026-11-24）`. */
export function lateText(recordedAt: string | null | undefined): string {
  return recordedAt ? `补录（登记于${dayjs(recordedAt).format('YYYY-MM-DD')}）` : '补录';
}

/** The name a meeting goes by in lists: its title, else the 党课's topic, else the kind (with the group). */
export function meetingName(m: Pick<MeetingListItem, 'title' | 'topic' | 'kind' | 'groupName'>, kindLabel: string): string {
  return m.title || m.topic || (m.groupName ? `${m.groupName}${kindLabel}` : kindLabel);
}

/** Short names for the year grid and filters. */
export const KIND_SHORT: Record<MeetingKind, string> = {
  assembly: '党员大会',
  committeeMeeting: '支委会',
  groupMeeting: '党小组会',
  partyLecture: '党课',
  themeDay: '主题党日',
  lifeMeeting: '组织生活会',
  appraisalMeeting: '民主评议',
  other: '其他',
};

/** Lines of a text area → items; blank lines dropped. */
export const linesOf = (s: string | null | undefined): string[] =>
  (s ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
