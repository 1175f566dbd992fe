import { addDays, addMonths, addYears, type CalendarDate } from '../time/calendarDate.js';
import { lastStep, nextSteps, probationOf, type DevFile } from './file.js';
import { DEV_RULES, stepLabel } from './steps.js';

export type DeadlineStatus = 'pending' | 'dueSoon' | 'overdue';
export type DeadlineKind = 'talk' | 'assessment' | 'candidateFrom' | 'approval' | 'oath' | 'confirmation' | 'confirmationApproval' | 'archive';

/** A next due item of a file, for the board, the file page and the check rules. */
export interface DevDeadline {
  kind: DeadlineKind;
  step: number;
  label: string;
  /** the last day (inclusive) */
  dueOn: CalendarDate;
  /** from this day the item shows as due soon */
  warnFrom: CalendarDate;
  status: DeadlineStatus;
  rule: string;
}

const statusOf = (today: CalendarDate, warnFrom: CalendarDate, dueOn: CalendarDate): DeadlineStatus => (today > dueOn ? 'overdue' : today >= warnFrom ? 'dueSoon' : 'pending');

/**
 * The next due items of an open file as of today (R-DEV-2, 4, 5, 11, 13, 14, 15): talk within a month of the
 * application; the activist's half-yearly assessment; when the year as activist is complete (information); the higher
 * committee's approval within 3 months of the meeting (warning from day 60); the oath within 30 days; the 转正
 * discussion when the probation ends (warning 30 days before, overdue 3 months after); the archive within 30 days.
 */
export function deadlinesOf(file: DevFile, today: CalendarDate): DevDeadline[] {
  if (file.status !== 'open') return [];
  const L = DEV_RULES[file.ruleVersion].limits;
  const v = file.ruleVersion;
  const next = nextSteps(file);
  const out: DevDeadline[] = [];
  const push = (kind: DeadlineKind, step: number, label: string, dueOn: CalendarDate, warnFrom: CalendarDate, rule: string) =>
    out.push({ kind, step, label, dueOn, warnFrom, status: statusOf(today, warnFrom, dueOn), rule });
  const on = (n: number) => lastStep(file, n)?.doneOn;

  if (next.includes(2)) {
    const app = on(1)!;
    push('talk', 2, `${stepLabel(2, v)}（收到申请书后${L.talkMonths}个月内）`, addMonths(app, L.talkMonths), addDays(app, L.talkWarnDays), 'R-DEV-2');
  }
  const activist = on(3);
  if (activist && !on(7) && next.some((n) => n >= 4 && n <= 7)) {
    const last = [activist, ...file.steps.filter((s) => s.step === 6).map((s) => s.doneOn)].sort().at(-1)!;
    push('assessment', 6, `培养教育考察（每${L.assessmentMonths}个月一次）`, addMonths(last, L.assessmentMonths), addMonths(last, L.assessmentWarnMonths), 'R-DEV-5');
    const from = addYears(activist, L.activistMinYears);
    // information, never overdue: the earliest day of step 7
    out.push({ kind: 'candidateFrom', step: 7, label: `满一年可确定为发展对象`, dueOn: from, warnFrom: from, status: 'pending', rule: 'R-DEV-4' });
  }
  const meeting = on(15);
  if (meeting && next.includes(17)) push('approval', 17, `${stepLabel(17, v)}（支部大会后${L.approvalMonths}个月内）`, addMonths(meeting, L.approvalMonths), addDays(meeting, L.approvalWarnDays[0] ?? 60), 'R-DEV-11');
  const approved = lastStep(file, 17)?.data.outcome === 'approved' ? on(17) : undefined;
  if (approved && !on(20)) push('oath', 20, `${stepLabel(20, v)}（批准后${L.oathDays}天内）`, addDays(approved, L.oathDays), addDays(approved, Math.max(0, L.oathDays - 7)), 'R-DEV-14');
  const prob = probationOf(file);
  if (prob && next.some((n) => n >= 21 && n <= 23)) {
    push('confirmation', 23, `预备期满讨论转正（${prob.end}期满）`, addMonths(prob.end, L.confirmationMeetingMonths), addDays(prob.end, -L.confirmationWarnDays), 'R-DEV-13');
  }
  const confMeeting = on(23);
  if (confMeeting && next.includes(24)) push('confirmationApproval', 24, `${stepLabel(24, v)}（${L.approvalMonths}个月内）`, addMonths(confMeeting, L.approvalMonths), addDays(confMeeting, L.approvalWarnDays[0] ?? 60), 'R-DEV-13');
  const confirmed = on(24);
  if (confirmed && next.includes(25)) push('archive', 25, `${stepLabel(25, v)}（${L.archiveDays}天内）`, addDays(confirmed, L.archiveDays), addDays(confirmed, Math.max(0, L.archiveDays - 7)), 'R-DEV-15');
  return out.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
}
