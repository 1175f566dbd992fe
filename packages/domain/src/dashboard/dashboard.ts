import type { CalendarDate } from '../time/calendarDate.js';
import { worstStatus, type Finding } from '../check/finding.js';
import { monthEnd, yearMonths } from '../dues/month.js';
import type { Month } from '../dues/facts.js';

/**
 * The 工作看板 (issue 7 §8) as pure functions: which months a year's dashboard covers and the date each is judged at,
 * the (branch × clause) coverage of the standards check, meetings due per month taken from the LIFE findings, and
 * rates. No I/O, no clock: `today` is an input.
 */

/** A month of the dashboard and the date its standards check is judged at: the month's end, or today while it is open. */
export interface DashboardMonth {
  month: Month;
  asOf: CalendarDate;
}

/** Jan .. the as-of month of `year` (all twelve for a past year, none for a future one). */
export function dashboardMonths(year: number, today: CalendarDate): DashboardMonth[] {
  const months = yearMonths(year);
  return months.filter((m) => `${m}-01` <= today).map((month) => {
    const end = monthEnd(month);
    return { month, asOf: end < today ? end : today };
  });
}

/** How a (branch × clause) cell reads: the worst binding finding, or `advisory` when only a 提示 rule is not met. */
export const COVERAGE_STATUSES = ['met', 'pending', 'dueSoon', 'advisory', 'missingData', 'unmet', 'notApplicable'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];
export const COVERAGE_STATUS_LABELS: Record<CoverageStatus, string> = {
  met: '符合',
  pending: '进行中',
  dueSoon: '即将到期',
  advisory: '有提示',
  missingData: '缺少数据',
  unmet: '不符合',
  notApplicable: '不适用',
};

type CellFinding = Pick<Finding, 'status' | 'severity'>;

/**
 * One cell from its findings, as the 体检总览 colours it: the worst of the `violation` findings; with none, `advisory`
 * when a 提示 finding is unmet, else the worst of the advisory ones. `null` for no findings at all.
 */
export function coverageCell(findings: readonly CellFinding[]): CoverageStatus | null {
  const binding = findings.filter((f) => f.severity === 'violation');
  if (binding.length) return worstStatus(binding.map((f) => f.status));
  if (findings.some((f) => f.status === 'unmet')) return 'advisory';
  return worstStatus(findings.map((f) => f.status));
}

export interface CoverageCell {
  branchId: string;
  clause: string;
  status: CoverageStatus;
}

/** The branch-level findings grouped into (branch × clause) cells (organ-level findings are left out). */
export function coverageCells(findings: readonly Pick<Finding, 'branchId' | 'clause' | 'scope' | 'status' | 'severity'>[]): CoverageCell[] {
  const groups = new Map<string, { branchId: string; clause: string; fs: CellFinding[] }>();
  for (const f of findings) {
    if (f.scope !== 'branch') continue;
    const key = `${f.branchId}\u0000${f.clause}`;
    const g = groups.get(key);
    if (g) g.fs.push(f);
    else groups.set(key, { branchId: f.branchId, clause: f.clause, fs: [f] });
  }
  const out: CoverageCell[] = [];
  for (const g of groups.values()) {
    const status = coverageCell(g.fs);
    if (status) out.push({ branchId: g.branchId, clause: g.clause, status });
  }
  return out;
}

export type CoverageCounts = Record<CoverageStatus, number>;

export interface CoverageSummary {
  counts: CoverageCounts;
  /** cells that apply (all but notApplicable) */
  applicable: number;
  /** met ÷ applicable; null when nothing applies */
  rate: number | null;
}

/** Counts of the cells per status and the share met among those that apply. */
export function summarizeCoverage(cells: readonly Pick<CoverageCell, 'status'>[]): CoverageSummary {
  const counts = Object.fromEntries(COVERAGE_STATUSES.map((s) => [s, 0])) as CoverageCounts;
  for (const c of cells) counts[c.status]++;
  const applicable = cells.length - counts.notApplicable;
  return { counts, applicable, rate: ratio(counts.met, applicable) };
}

/** The clauses with the most unmet cells, most first (ties by clause id), at most `limit`. */
export function topUnmetClauses(cells: readonly CoverageCell[], limit = 5): { clause: string; branches: number }[] {
  const n = new Map<string, number>();
  for (const c of cells) if (c.status === 'unmet') n.set(c.clause, (n.get(c.clause) ?? 0) + 1);
  return [...n.entries()]
    .map(([clause, branches]) => ({ clause, branches }))
    .sort((a, b) => b.branches - a.branches || a.clause.localeCompare(b.clause, 'en', { numeric: true }))
    .slice(0, limit);
}

/** `part ÷ whole` rounded to 4 decimals; null when the whole is 0 (nothing to measure, not 0 %). */
export function ratio(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part / whole) * 10000) / 10000;
}

/**
 * The 三会一课 rules whose findings say a meeting was due in a period (LIFE-1 quarterly 党员大会, LIFE-2 monthly 支委会,
 * LIFE-3 monthly 党小组会 per group, LIFE-4 党课 per quarter or half-year, LIFE-5 monthly 主题党日).
 */
export const MEETING_DUE_RULES: ReadonlySet<string> = new Set(['LIFE-1.quarterly', 'LIFE-2.monthly', 'LIFE-3.monthly', 'LIFE-4.quarterly', 'LIFE-4.half-yearly', 'LIFE-5.monthly']);

/** The month a period's finding falls due in: the period's last month, or the as-of month while the period is open. */
export function periodDueMonth(periodKey: string, asOfMonth: Month): Month | null {
  const y = periodKey.slice(0, 4);
  let last: number;
  if (/^\d{4}$/.test(periodKey)) last = 12;
  else if (/^\d{4}-H[12]$/.test(periodKey)) last = periodKey.endsWith('1') ? 6 : 12;
  else if (/^\d{4}-Q[1-4]$/.test(periodKey)) last = Number(periodKey.slice(6)) * 3;
  else if (/^\d{4}-\d{2}(-\d{2})?$/.test(periodKey)) last = Number(periodKey.slice(5, 7));
  else return null;
  const m = `${y}-${String(last).padStart(2, '0')}`;
  return m < asOfMonth ? m : asOfMonth;
}

export interface MeetingsDue {
  branchId: string;
  month: Month;
  /** meetings that were due (findings of the meeting rules that apply) */
  due: number;
  /** of those, the ones met */
  met: number;
}

/** Meetings due and met per (branch, month) from a year's findings judged at `asOf` (no notApplicable ones). */
export function meetingsDueByMonth(findings: readonly Pick<Finding, 'branchId' | 'rule' | 'period' | 'status' | 'scope'>[], asOf: CalendarDate): MeetingsDue[] {
  const asOfMonth = asOf.slice(0, 7);
  const by = new Map<string, MeetingsDue>();
  for (const f of findings) {
    if (f.scope !== 'branch' || !MEETING_DUE_RULES.has(f.rule) || f.status === 'notApplicable') continue;
    const month = periodDueMonth(f.period, asOfMonth);
    if (!month) continue;
    const key = `${f.branchId}\u0000${month}`;
    const row = by.get(key) ?? { branchId: f.branchId, month, due: 0, met: 0 };
    row.due++;
    if (f.status === 'met') row.met++;
    by.set(key, row);
  }
  return [...by.values()].sort((a, b) => (a.branchId < b.branchId ? -1 : a.branchId > b.branchId ? 1 : a.month.localeCompare(b.month)));
}

/** The stages of the 发展党员 pipeline, in order, by the person's category. */
export const PIPELINE_STAGES = [
  { category: 'applicant', label: '入党申请人' },
  { category: 'activist', label: '入党积极分子' },
  { category: 'candidate', label: '发展对象' },
  { category: 'probationary', label: '预备党员' },
] as const;
export type PipelineCategory = (typeof PIPELINE_STAGES)[number]['category'];

/** Sums rows of numbers field by field (the organ's month from its branches' months). */
export function sumBy<T extends Record<string, number>>(rows: readonly T[], keys: readonly (keyof T)[]): Record<keyof T, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<keyof T, number>;
  for (const r of rows) for (const k of keys) out[k] += r[k] ?? 0;
  return out;
}

/**
 * The dashboard's assessment series from published results: a branch's own total, grade and rank per year; for the
 * organ, the mean total of its branches per year (to one decimal, half up), with no grade or rank of its own.
 */
export function assessmentByYear(
  rows: readonly { year: number; branchId: string; total: number; grade: string; rank: number }[],
  branchId?: string,
): { year: number; total: number; grade: string | null; rank: number | null }[] {
  if (branchId) return rows.filter((r) => r.branchId === branchId).map((r) => ({ year: r.year, total: r.total, grade: r.grade, rank: r.rank }));
  const byYear = new Map<number, number[]>();
  for (const r of rows) byYear.set(r.year, [...(byYear.get(r.year) ?? []), Math.round(r.total * 10)]);
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, tenths]) => ({ year, total: Math.floor((2 * tenths.reduce((s, t) => s + t, 0) + tenths.length) / (2 * tenths.length)) / 10, grade: null, rank: null }));
}
