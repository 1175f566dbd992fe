import type { CalendarDate } from '../time/calendarDate.js';
import type { Month } from './facts.js';

/** `YYYY-MM` arithmetic for the dues months. */
export const isMonthString = (s: string): boolean => /^\d{4}-(0[1-9]|1[0-2])$/.test(s);
export const monthOfDay = (d: CalendarDate): Month => d.slice(0, 7);

const index = (m: Month) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const fromIndex = (i: number): Month => `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;

export const shiftMonth = (m: Month, n: number): Month => fromIndex(index(m) + n);
/** How many months `b` is after `a` (negative when before). */
export const monthsFromTo = (a: Month, b: Month): number => index(b) - index(a);
export const yearMonths = (year: number): Month[] => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
/** `2026-03` → `2026年3月`. */
export const monthCnLabel = (m: Month): string => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;
export const monthEnd = (m: Month): CalendarDate => {
  const y = Number(m.slice(0, 4));
  const mo = Number(m.slice(5, 7));
  return `${m}-${String(new Date(Date.UTC(y, mo, 0)).getUTCDate()).padStart(2, '0')}`;
};
