/**
 * Calendar dates as `YYYY-MM-DD` strings in China time (contracts §7). Domain code never reads the clock:
 * "today" is always passed in.
 */
export type CalendarDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The Asia/Shanghai calendar date of an instant. China has no daylight saving time: UTC+8 throughout. */
export function chinaDateOf(instant: Date): CalendarDate {
  const shifted = new Date(instant.getTime() + 8 * 3600_000);
  return shifted.toISOString().slice(0, 10);
}

function parts(d: CalendarDate): [number, number, number] {
  const m = DATE_RE.exec(d);
  if (!m) throw new Error(`not a calendar date: ${d}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function fmt(y: number, m: number, d: number): CalendarDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function addDays(d: CalendarDate, n: number): CalendarDate {
  const [y, m, day] = parts(d);
  const t = new Date(Date.UTC(y, m - 1, day + n));
  return fmt(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** "Within N months after D": the same day N months later, or that month's last day when it has none (contracts §7). */
export function addMonths(d: CalendarDate, n: number): CalendarDate {
  const [y, m, day] = parts(d);
  const idx = y * 12 + (m - 1) + n;
  const ny = Math.floor(idx / 12);
  const nm = (idx % 12) + 1;
  return fmt(ny, nm, Math.min(day, daysInMonth(ny, nm)));
}

export function addYears(d: CalendarDate, n: number): CalendarDate {
  return addMonths(d, n * 12);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  const [y1, m1, d1] = parts(a);
  const [y2, m2, d2] = parts(b);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / 86_400_000);
}

/** Age in completed years on a date. */
export function ageOn(birthDate: CalendarDate, on: CalendarDate): number {
  const [by, bm, bd] = parts(birthDate);
  const [y, m, d] = parts(on);
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age--;
  return age;
}

export const yearOf = (d: CalendarDate): number => parts(d)[0];
export const monthOf = (d: CalendarDate): number => parts(d)[1];

/**
 * Reads the date spellings people type or find in spreadsheets: `2019-07-01`, `2019/7/1`, `2019.7.1`,
 * `2019年7月1日`, `20190701`. Returns null for anything else, including impossible dates such as `2019-13-01`.
 */
export function parseLooseDate(raw: string): CalendarDate | null {
  const s = raw.trim();
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s);
  if (!m) m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  const d = fmt(Number(m[1]), Number(m[2]), Number(m[3]));
  return isValidDate(d) ? d : null;
}
