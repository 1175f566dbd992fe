/** Test-only builder of held meetings for the LIFE rule tests. */
import type { MeetingFact, MeetingKind } from '../../check/facts.js';
import type { CalendarDate } from '../../time/calendarDate.js';

let seq = 0;

/** A meeting of `kind` held on `heldOn`, 09:00–10:30, five expected and present; a 主题党日 with all three ticks. */
export function meeting(kind: MeetingKind, heldOn: CalendarDate, overrides: Partial<MeetingFact> = {}): MeetingFact {
  seq += 1;
  return {
    id: `${kind}-${heldOn}-${seq}`,
    kind,
    groupId: null,
    heldOn,
    startTime: '09:00',
    endTime: '10:30',
    title: null,
    lecturerPersonId: null,
    themeDay: kind === 'themeDay' ? { recitedConstitution: true, studied: true, paidDues: true } : null,
    ...overrides,
  };
}
