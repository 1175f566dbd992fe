// default import: the package is CommonJS for Node (named exports are not detected) and ESM for the bundler
import chineseDays from 'chinese-days';
import { addDays, type CalendarDate } from './calendarDate.js';

/**
 * Working days (contracts §7): a day counts when the holiday package (`chinese-days`: public holidays off, 调休
 * make-up days on) says it is a working day, with the organ admin's own adjustments (table workday_adjustments) on top.
 */
export interface WorkdayAdjustment {
  day: CalendarDate;
  /** true: a working day whatever the package says; false: a day off */
  isWorkday: boolean;
}

/** The organ's adjustments, indexed once by day (pass this to the functions below). */
export type WorkdayAdjustments = ReadonlyMap<CalendarDate, boolean>;

export const NO_ADJUSTMENTS: WorkdayAdjustments = new Map();

export function adjustmentsOf(list: readonly WorkdayAdjustment[]): WorkdayAdjustments {
  return new Map(list.map((a) => [a.day, a.isWorkday]));
}

export function isWorkday(date: CalendarDate, adj: WorkdayAdjustments = NO_ADJUSTMENTS): boolean {
  const own = adj.get(date);
  if (own !== undefined) return own;
  return chineseDays.isWorkday(date);
}

/** Working days from start to end, both inclusive (0 when end is before start). */
export function countWorkdays(start: CalendarDate, end: CalendarDate, adj: WorkdayAdjustments = NO_ADJUSTMENTS): number {
  let n = 0;
  for (let d = start; d <= end; d = addDays(d, 1)) if (isWorkday(d, adj)) n++;
  return n;
}

/**
 * The date on which a period of n working days starting on `start` (inclusive) is complete: the n-th working day
 * counted from start. n ≤ 0 returns start. E.g. a 公示 of 5 working days from `start` runs to addWorkdays(start, 5).
 */
export function addWorkdays(start: CalendarDate, n: number, adj: WorkdayAdjustments = NO_ADJUSTMENTS): CalendarDate {
  if (n <= 0) return start;
  let d = start;
  let count = 0;
  for (;;) {
    if (isWorkday(d, adj)) count++;
    if (count >= n) return d;
    d = addDays(d, 1);
  }
}
