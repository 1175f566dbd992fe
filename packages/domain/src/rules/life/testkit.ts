/** Test-only builder of held meetings for the LIFE rule tests. */
import type { AppraisalFact, BranchReportFact, MeetingFact, MeetingKind, RectificationFact } from '../../check/facts.js';
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
    themeDay: kind === 'themeDay' ? { recitedConstitution: true, studied: true, paidDues: true, duesPresent: 5, duesUnpaid: 0 } : null,
    ...overrides,
  };
}

/** A branch report of `year` (default: the toOrgan report, submitted and received in January of the next year). */
export function report(year: number, overrides: Partial<BranchReportFact> = {}): BranchReportFact {
  return {
    id: `r-${year}-${overrides.kind ?? 'toOrgan'}`,
    year,
    kind: 'toOrgan',
    status: 'received',
    reportedOn: null,
    submittedOn: `${year + 1}-01-10`,
    receivedOn: `${year + 1}-01-15`,
    returnReason: null,
    ...overrides,
  };
}

/** Item `seq` of the 整改落实台账 of meeting `meetingId`, open until `deadline`. */
export function rectification(meetingId: string, seq: number, deadline: string, overrides: Partial<RectificationFact> = {}): RectificationFact {
  return { id: `rect-${meetingId}-${seq}`, meetingId, seq, problem: `问题${seq}`, deadline, status: 'open', closedOn: null, carryReason: null, ...overrides };
}

/** The 民主评议 of `year`, done (graded on 20 December) unless a step is given. */
export function appraisalOf(year: number, overrides: Partial<AppraisalFact> = {}): AppraisalFact {
  const step = overrides.step ?? 'done';
  return { id: `a-${year}`, year, step, startedOn: `${year}-11-01`, gradedOn: step === 'done' ? `${year}-12-20` : null, memberCount: 5, ...overrides };
}
