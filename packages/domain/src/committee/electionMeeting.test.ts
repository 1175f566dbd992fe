import { describe, expect, it } from 'vitest';
import { electionDayOf, EXCLUDED_AS_LEAVE_REASON, meetingAttendanceOf } from './electionMeeting.js';

describe('an election’s attendance in its 党员大会 record (contracts §8)', () => {
  it('出席 and 缺席 stay; 不计入应到 is 请假 with its reason', () => {
    expect(meetingAttendanceOf('present')).toEqual({ status: 'present', reason: null });
    expect(meetingAttendanceOf('absent')).toEqual({ status: 'absent', reason: null });
    expect(meetingAttendanceOf('excluded')).toEqual({ status: 'onLeave', reason: EXCLUDED_AS_LEAVE_REASON });
  });

  it('the election’s date is the day held, else the planned day', () => {
    expect(electionDayOf({ heldOn: null, plannedOn: '2026-12-01' })).toBe('2026-12-01');
    expect(electionDayOf({ heldOn: '2026-11-24', plannedOn: '2026-12-01' })).toBe('2026-11-24');
  });
});
