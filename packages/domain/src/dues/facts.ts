import type { CalendarDate } from '../time/calendarDate.js';

/** `YYYY-MM`: a calendar month in China time. */
export type Month = string;

/** The 党费 facts of one branch the rules read (MEM-3, LIFE-5 "交纳当月党费"). */
export interface DuesFacts {
  /** monthly payments: one per member and month paid for (paid ahead or made up, each month its own row) */
  payments: DuesPaymentFact[];
  /** approved 减交/免交 spans; an exemption (amount 0) counts as paid */
  reductions: DuesReductionFact[];
}

export interface DuesPaymentFact {
  personId: string;
  /** the month paid for */
  month: Month;
  paidOn: CalendarDate;
}

export interface DuesReductionFact {
  personId: string;
  fromMonth: Month;
  toMonth: Month;
  amountFen: number;
}

export const emptyDuesFacts = (): DuesFacts => ({ payments: [], reductions: [] });
