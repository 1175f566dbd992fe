import type { CalendarDate } from '../time/calendarDate.js';

/**
 * MEM-4 (R-LIFE-8): each 党员 talks with a committee member at least once a year. The coverage of a year: per
 * member, how many talks they took part in, the last one, and whether one was with someone on the committee on
 * that day. Pure: who was on the committee when is an input.
 */
export interface CoverageTalk {
  talkedOn: CalendarDate;
  talkerId: string;
  talkeeId: string;
}

export interface MemberCoverage {
  personId: string;
  talks: number;
  lastTalkOn: CalendarDate | null;
  withCommittee: boolean;
}

export function talkCoverage(memberIds: readonly string[], talks: readonly CoverageTalk[], onCommittee: (personId: string, on: CalendarDate) => boolean): MemberCoverage[] {
  return memberIds.map((personId) => {
    const mine = talks.filter((t) => t.talkerId === personId || t.talkeeId === personId);
    const last = mine.reduce<CalendarDate | null>((acc, t) => (acc === null || t.talkedOn > acc ? t.talkedOn : acc), null);
    const other = (t: CoverageTalk) => (t.talkerId === personId ? t.talkeeId : t.talkerId);
    return { personId, talks: mine.length, lastTalkOn: last, withCommittee: mine.some((t) => onCommittee(other(t), t.talkedOn)) };
  });
}

/** The Chinese problems of a talk as entered (both parties are checked against the roster by the caller). */
export function talkProblems(t: { talkedOn: CalendarDate; talkerId: string; talkeeId: string; followUpOn: CalendarDate | null }, today: CalendarDate): string[] {
  const out: string[] = [];
  if (t.talkerId === t.talkeeId) out.push('谈话人和谈话对象不能是同一人');
  if (t.talkedOn > today) out.push(`谈话日期（${t.talkedOn}）晚于今天，尚未进行的谈话不能登记`);
  if (t.followUpOn && t.followUpOn < t.talkedOn) out.push(`回访日期（${t.followUpOn}）不能早于谈话日期（${t.talkedOn}）`);
  return out;
}
