import type { CalendarDate } from '../time/calendarDate.js';
import type { Month } from '../dues/facts.js';

/** What the 6-month watch (lapseWatch, MEM-3) and the transfer rules read of one branch, beyond dues. */
export interface LapseFacts {
  /**
   * per member: months (YYYY-MM) in which they took part in organizational life (出席, or 请假 with a reason). A run
   * ends at the most recent such month, so the loader may give only the latest ones (the last before the month of the
   * judge date, and the last of all) rather than every month.
   */
  lifeMonths: { personId: string; months: Month[] }[];
  /** months in which the branch held any organizational life */
  branchMonths: Month[];
  workAssignments: WorkAssignmentFact[];
  transfers: TransferFact[];
}

export interface WorkAssignmentFact {
  personId: string;
  dueOn: CalendarDate;
  doneOn: CalendarDate | null;
}

export interface TransferFact {
  id: string;
  personId: string;
  personName: string;
  direction: 'in' | 'out';
  kind: 'formal' | 'temporary';
  issuedOn: CalendarDate;
  validDays: number | null;
  receivedOn: CalendarDate | null;
  receiptReturnedOn: CalendarDate | null;
  status: 'issued' | 'received' | 'completed' | 'cancelled';
}

export const emptyLapseFacts = (): LapseFacts => ({ lifeMonths: [], branchMonths: [], workAssignments: [], transfers: [] });
