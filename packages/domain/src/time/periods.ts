import { addDays, daysInMonth, type CalendarDate } from './calendarDate.js';

/** Calendar periods (contracts §2, §7). Keys: `2026`, `2026-H1`, `2026-Q3`, `2026-05`. */
export type PeriodKind = 'year' | 'half' | 'quarter' | 'month';

export interface Period {
  kind: PeriodKind;
  key: string;
  start: CalendarDate;
  end: CalendarDate;
}

const pad = (n: number) => String(n).padStart(2, '0');

function span(year: number, firstMonth: number, months: number): { start: string; end: string } {
  const lastMonth = firstMonth + months - 1;
  return {
    start: `${year}-${pad(firstMonth)}-01`,
    end: `${year}-${pad(lastMonth)}-${pad(daysInMonth(year, lastMonth))}`,
  };
}

export function periodOf(kind: PeriodKind, date: CalendarDate): Period {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (kind) {
    case 'year':
      return { kind, key: `${year}`, ...span(year, 1, 12) };
    case 'half': {
      const h = month <= 6 ? 1 : 2;
      return { kind, key: `${year}-H${h}`, ...span(year, h === 1 ? 1 : 7, 6) };
    }
    case 'quarter': {
      const q = Math.ceil(month / 3);
      return { kind, key: `${year}-Q${q}`, ...span(year, (q - 1) * 3 + 1, 3) };
    }
    case 'month':
      return { kind, key: `${year}-${pad(month)}`, ...span(year, month, 1) };
  }
}

/** Every period of a kind within a year, in order. */
export function periodsOfYear(kind: PeriodKind, year: number): Period[] {
  const step = { year: 12, half: 6, quarter: 3, month: 1 }[kind];
  const out: Period[] = [];
  for (let m = 1; m <= 12; m += step) out.push(periodOf(kind, `${year}-${pad(m)}-01`));
  return out;
}

/** The periods of a year that have begun by `asOf` (contracts §2: no future periods). */
export function begunPeriodsOfYear(kind: PeriodKind, year: number, asOf: CalendarDate): Period[] {
  return periodsOfYear(kind, year).filter((p) => p.start <= asOf);
}

export const nextDay = (d: CalendarDate) => addDays(d, 1);
