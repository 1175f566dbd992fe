import type { CalendarDate } from '../time/calendarDate.js';
import type { ArchiveCategoryKey } from './categories.js';

/** 信息台账 facts of one branch (LED-2..7 binding, LED-7 expenses): what the archive rules read. */
export interface ArchiveFacts {
  /** the first binding of each category and year (last year's and this year's) */
  bindings: { category: ArchiveCategoryKey; year: number; boundOn: CalendarDate }[];
  /** the year's activity-fund expenses, with whether each carries its written activity report and receipts */
  expenses: { id: string; occurredOn: CalendarDate; title: string; amountFen: number; hasReport: boolean; receipts: number }[];
}

export const emptyArchiveFacts = (): ArchiveFacts => ({ bindings: [], expenses: [] });
