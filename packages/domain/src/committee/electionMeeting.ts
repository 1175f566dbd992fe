/**
 * An election's 党员大会 record (contracts §8): the election keeps its own attendance (出席 / 缺席 / 不计入应到); the
 * meeting record shows it in the meeting's terms. 不计入应到 (因病、出国等经批准不参加) is 请假 there, with its reason.
 */
export type VoterAttendance = 'present' | 'absent' | 'excluded';

export const EXCLUDED_AS_LEAVE_REASON = '选举时登记为不计入应到会人数';

export function meetingAttendanceOf(a: VoterAttendance): { status: 'present' | 'onLeave' | 'absent'; reason: string | null } {
  if (a === 'excluded') return { status: 'onLeave', reason: EXCLUDED_AS_LEAVE_REASON };
  return { status: a, reason: null };
}

/** The election's date: the day it was held, or the planned day until then. */
export const electionDayOf = (e: { heldOn: string | null; plannedOn: string }): string => e.heldOn ?? e.plannedOn;
