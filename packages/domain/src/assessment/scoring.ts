import type { Finding } from '../check/finding.js';
import { fmtPoints, type GradeBand } from './scheme.js';

/**
 * 检查考核 (REQ-4): scoring a branch — an item from the year's findings of its clause or by an assessor, the totals,
 * the grade and the rank among branches. An assessment of branches: nothing here scores a person. Pure, no I/O.
 * Arithmetic is in tenths of a point (integers), so 0.1 + 0.2 is 0.3 and ties are exact.
 */
const tenths = (n: number) => Math.round(n * 10);
const fromTenths = (t: number) => t / 10;

/** At most this many reason lines per item; the rest are counted ("等n项"). */
export const MAX_REASON_LINES = 10;

export interface FindingsScore {
  score: number;
  met: number;
  judged: number;
  /** one short line per unmet (or missing-data) finding, capped */
  reasons: string[];
}

/**
 * An item scored from the branch's findings of its clause for the year (branch- and member-subject findings alike;
 * advisories never cost points): judged = met + unmet + missingData (dueSoon, pending and notApplicable are not
 * judged yet); score = points × met / judged, rounded half up to 0.1; nothing judged → full points.
 */
export function scoreFromFindings(points: number, findings: readonly Pick<Finding, 'status' | 'severity' | 'period' | 'message' | 'subject'>[]): FindingsScore {
  const binding = findings.filter((f) => f.severity === 'violation');
  const met = binding.filter((f) => f.status === 'met').length;
  const lost = binding.filter((f) => f.status === 'unmet' || f.status === 'missingData');
  const judged = met + lost.length;
  if (judged === 0) return { score: points, met, judged, reasons: [] };
  const q = tenths(points) * met;
  // half up, in integers: floor(q / judged + 1/2)
  const score = fromTenths(Math.floor((2 * q + judged) / (2 * judged)));
  const lines = lost.map((f) => {
    const who = f.subject && !f.message.includes(f.subject.name) ? `${f.subject.name}：` : '';
    return `${f.period}${f.status === 'missingData' ? '（缺少数据）' : ''} ${who}${f.message}`;
  });
  const reasons = lines.length > MAX_REASON_LINES ? [...lines.slice(0, MAX_REASON_LINES), `等${lines.length}项不符合`] : lines;
  return { score, met, judged, reasons };
}

/** Why an assessor's (or a branch's own) score of an item is refused, in Chinese; empty when it stands. */
export function scoreProblems(score: number, points: number, note: string | null | undefined, opts: { noteRequired?: boolean } = {}): string[] {
  const out: string[] = [];
  if (!Number.isFinite(score) || score < 0) out.push('得分不能为负');
  else if (Math.abs(score * 10 - tenths(score)) > 1e-6) out.push('得分最多保留一位小数');
  else if (tenths(score) > tenths(points)) out.push(`得分不能超过该项分值（${fmtPoints(points)}分）`);
  else if ((opts.noteRequired ?? true) && tenths(score) < tenths(points) && !(note ?? '').trim()) out.push('扣分须写明理由');
  return out;
}

export interface TotalItem {
  id: string;
  standard: string;
  points: number;
}

export interface Totals {
  /** the sum of the scores given (a missing score counts 0) */
  total: number;
  /** the scheme's points */
  points: number;
  byStandard: { standard: string; points: number; score: number }[];
  /** items without a score */
  missing: string[];
}

/** A branch's total and per-standard scores from the scores of its items (by item id; null or absent = not scored). */
export function totals(items: readonly TotalItem[], scores: ReadonlyMap<string, number | null>): Totals {
  const by = new Map<string, { points: number; score: number }>();
  let total = 0;
  let points = 0;
  const missing: string[] = [];
  for (const it of items) {
    const s = scores.get(it.id);
    const b = by.get(it.standard) ?? { points: 0, score: 0 };
    b.points += tenths(it.points);
    points += tenths(it.points);
    if (s === null || s === undefined) missing.push(it.id);
    else {
      b.score += tenths(s);
      total += tenths(s);
    }
    by.set(it.standard, b);
  }
  return {
    total: fromTenths(total),
    points: fromTenths(points),
    byStandard: [...by.entries()].map(([standard, b]) => ({ standard, points: fromTenths(b.points), score: fromTenths(b.score) })),
    missing,
  };
}

/** The grade of a total: the first band (best first) whose minimum it reaches, else the last band. */
export function gradeOf(total: number, bands: readonly GradeBand[]): string {
  if (bands.length === 0) throw new Error('no grade bands');
  for (const b of bands) if (tenths(total) >= tenths(b.min)) return b.grade;
  return bands[bands.length - 1]!.grade;
}

const byName = new Intl.Collator('zh-Hans-CN').compare;

/**
 * Ranks branches by total, competition style (1, 2, 2, 4): equal totals share a rank. Ordered for display by total
 * (highest first), then by name.
 */
export function rankBranches<T extends { name: string; total: number }>(rows: readonly T[]): (T & { rank: number })[] {
  const sorted = [...rows].sort((a, b) => tenths(b.total) - tenths(a.total) || byName(a.name, b.name));
  const out: (T & { rank: number })[] = [];
  sorted.forEach((r, i) => {
    const prev = out[i - 1];
    out.push({ ...r, rank: prev && tenths(prev.total) === tenths(r.total) ? prev.rank : i + 1 });
  });
  return out;
}
