/** `YYYY-MM`: a calendar month in China time. */
export type Month = string;

/** The 党费 facts of one branch the rules read (MEM-3's 6-month watch). */
export interface DuesFacts {
  /**
   * per member, months paid for (paid ahead or made up, each month counts). The watch's run of unpaid months ends at
   * the newest month paid that it judges, so the loader sends only the newest before the month the facts end in and
   * the newest up to it, not every payment.
   */
  paidMonths: { personId: string; months: Month[] }[];
  /** the months for which anyone of the branch has a payment recorded (a month without any is not judged) */
  recordedMonths: Month[];
  /** approved 减交/免交 spans; an exemption (amount 0) counts as paid */
  reductions: DuesReductionFact[];
}

export interface DuesReductionFact {
  personId: string;
  fromMonth: Month;
  toMonth: Month;
  amountFen: number;
}

export const emptyDuesFacts = (): DuesFacts => ({ paidMonths: [], recordedMonths: [], reductions: [] });
