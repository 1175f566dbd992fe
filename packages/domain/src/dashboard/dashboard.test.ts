import { describe, expect, it } from 'vitest';
import type { Finding } from '../check/finding.js';
import {
  assessmentByYear,
  coverageCell,
  coverageCells,
  dashboardMonths,
  meetingsDueByMonth,
  periodDueMonth,
  ratio,
  sumBy,
  summarizeCoverage,
  topUnmetClauses,
} from './dashboard.js';

type F = Pick<Finding, 'branchId' | 'clause' | 'scope' | 'status' | 'severity' | 'rule' | 'period'>;
const f = (over: Partial<F>): F => ({ branchId: 'a', clause: 'LIFE-2', scope: 'branch', status: 'met', severity: 'violation', rule: 'LIFE-2.monthly', period: '2026-01', ...over });

describe('dashboardMonths', () => {
  it('runs Jan .. the as-of month, each judged at its end and the open month today', () => {
    const ms = dashboardMonths(2026, '2026-03-10');
    expect(ms).toEqual([
      { month: '2026-01', asOf: '2026-01-31' },
      { month: '2026-02', asOf: '2026-02-28' },
      { month: '2026-03', asOf: '2026-03-10' },
    ]);
  });
  it('a past year has twelve months ending 31 December; a future year none', () => {
    const ms = dashboardMonths(2024, '2026-11-24');
    expect(ms).toHaveLength(12);
    expect(ms[1]).toEqual({ month: '2024-02', asOf: '2024-02-29' });
    expect(ms[11]).toEqual({ month: '2024-12', asOf: '2024-12-31' });
    expect(dashboardMonths(2027, '2026-11-24')).toEqual([]);
  });
  it('on the last day of a month that month is judged today, on the first day a new month begins', () => {
    expect(dashboardMonths(2026, '2026-04-30').at(-1)).toEqual({ month: '2026-04', asOf: '2026-04-30' });
    expect(dashboardMonths(2026, '2026-05-01').at(-1)).toEqual({ month: '2026-05', asOf: '2026-05-01' });
  });
});

describe('coverageCell', () => {
  it('is the worst binding finding', () => {
    expect(coverageCell([f({ status: 'met' }), f({ status: 'unmet' }), f({ status: 'dueSoon' })])).toBe('unmet');
    expect(coverageCell([f({ status: 'met' }), f({ status: 'pending' })])).toBe('pending');
    expect(coverageCell([f({ status: 'notApplicable' })])).toBe('notApplicable');
  });
  it('an unmet advisory does not make a met binding cell unmet', () => {
    expect(coverageCell([f({ status: 'met' }), f({ status: 'unmet', severity: 'advisory' })])).toBe('met');
  });
  it('advisory-only cells read advisory when unmet, else their worst', () => {
    expect(coverageCell([f({ status: 'unmet', severity: 'advisory' }), f({ status: 'met', severity: 'advisory' })])).toBe('advisory');
    expect(coverageCell([f({ status: 'met', severity: 'advisory' }), f({ status: 'dueSoon', severity: 'advisory' })])).toBe('dueSoon');
  });
  it('no findings, no cell', () => {
    expect(coverageCell([])).toBeNull();
  });
});

describe('coverageCells and summarizeCoverage', () => {
  const findings = [
    f({ branchId: 'a', clause: 'LIFE-2', status: 'met' }),
    f({ branchId: 'a', clause: 'LIFE-2', status: 'unmet', period: '2026-02' }),
    f({ branchId: 'a', clause: 'LIFE-5', status: 'met' }),
    f({ branchId: 'b', clause: 'LIFE-2', status: 'met' }),
    f({ branchId: 'b', clause: 'LIFE-3', status: 'notApplicable' }),
    f({ branchId: 'b', clause: 'VEN-2', status: 'unmet', severity: 'advisory' }),
    f({ branchId: 'organ', clause: 'ORG-1', scope: 'organ', status: 'unmet' }),
  ];
  it('groups branch findings into cells and leaves organ findings out', () => {
    const cells = coverageCells(findings);
    expect(cells.map((c) => `${c.branchId}/${c.clause}/${c.status}`).sort()).toEqual(['a/LIFE-2/unmet', 'a/LIFE-5/met', 'b/LIFE-2/met', 'b/LIFE-3/notApplicable', 'b/VEN-2/advisory']);
  });
  it('counts per status; the rate is met over the cells that apply', () => {
    const s = summarizeCoverage(coverageCells(findings));
    expect(s.counts).toEqual({ met: 2, pending: 0, dueSoon: 0, advisory: 1, missingData: 0, unmet: 1, notApplicable: 1 });
    expect(s.applicable).toBe(4);
    expect(s.rate).toBe(0.5);
  });
  it('nothing applicable: no rate', () => {
    expect(summarizeCoverage([{ status: 'notApplicable' }]).rate).toBeNull();
    expect(summarizeCoverage([]).rate).toBeNull();
  });
});

describe('topUnmetClauses', () => {
  it('most unmet branches first, ties by clause number, limited', () => {
    const cells = [
      { branchId: 'a', clause: 'LIFE-10', status: 'unmet' as const },
      { branchId: 'a', clause: 'LIFE-2', status: 'unmet' as const },
      { branchId: 'b', clause: 'LIFE-5', status: 'unmet' as const },
      { branchId: 'c', clause: 'LIFE-5', status: 'unmet' as const },
      { branchId: 'c', clause: 'LIFE-3', status: 'met' as const },
    ];
    expect(topUnmetClauses(cells)).toEqual([
      { clause: 'LIFE-5', branches: 2 },
      { clause: 'LIFE-2', branches: 1 },
      { clause: 'LIFE-10', branches: 1 },
    ]);
    expect(topUnmetClauses(cells, 1)).toEqual([{ clause: 'LIFE-5', branches: 2 }]);
  });
});

describe('periodDueMonth', () => {
  it('is the last month of the period', () => {
    expect(periodDueMonth('2026-03', '2026-11')).toBe('2026-03');
    expect(periodDueMonth('2026-Q1', '2026-11')).toBe('2026-03');
    expect(periodDueMonth('2026-Q3', '2026-11')).toBe('2026-09');
    expect(periodDueMonth('2026-H1', '2026-11')).toBe('2026-06');
    expect(periodDueMonth('2025-H2', '2026-11')).toBe('2025-12');
    expect(periodDueMonth('2026-05-31', '2026-11')).toBe('2026-05');
  });
  it('an open period falls in the as-of month', () => {
    expect(periodDueMonth('2026-Q4', '2026-11')).toBe('2026-11');
    expect(periodDueMonth('2026', '2026-11')).toBe('2026-11');
  });
  it('an unknown key has no month', () => {
    expect(periodDueMonth('soon', '2026-11')).toBeNull();
  });
});

describe('meetingsDueByMonth', () => {
  it('counts the meeting rules per branch and month, met apart, without notApplicable or other rules', () => {
    const rows = meetingsDueByMonth(
      [
        f({ rule: 'LIFE-2.monthly', period: '2026-01', status: 'met' }),
        f({ rule: 'LIFE-5.monthly', clause: 'LIFE-5', period: '2026-01', status: 'unmet' }),
        f({ rule: 'LIFE-3.monthly', clause: 'LIFE-3', period: '2026-01', status: 'met' }),
        f({ rule: 'LIFE-3.monthly', clause: 'LIFE-3', period: '2026-01', status: 'unmet' }),
        f({ rule: 'LIFE-1.quarterly', clause: 'LIFE-1', period: '2026-Q1', status: 'met' }),
        f({ rule: 'LIFE-4.half-yearly', clause: 'LIFE-4', period: '2026-H1', status: 'notApplicable' }),
        f({ rule: 'LIFE-5.duration', clause: 'LIFE-5', period: '2026-01', status: 'unmet' }),
        f({ rule: 'LIFE-2.monthly', period: '2026-02', status: 'dueSoon' }),
        f({ branchId: 'b', rule: 'LIFE-2.monthly', period: '2026-01', status: 'unmet' }),
        f({ branchId: 'organ', scope: 'organ', rule: 'LIFE-2.monthly', period: '2026-01', status: 'unmet' }),
      ],
      '2026-02-10',
    );
    expect(rows).toEqual([
      { branchId: 'a', month: '2026-01', due: 4, met: 2 },
      { branchId: 'a', month: '2026-02', due: 2, met: 1 },
      { branchId: 'b', month: '2026-01', due: 1, met: 0 },
    ]);
  });
});

describe('ratio and sumBy', () => {
  it('ratio rounds to 4 decimals and has none for an empty whole', () => {
    expect(ratio(1, 3)).toBe(0.3333);
    expect(ratio(2, 2)).toBe(1);
    expect(ratio(0, 5)).toBe(0);
    expect(ratio(3, 0)).toBeNull();
  });
  it('sumBy adds the fields', () => {
    expect(sumBy([{ a: 1, b: 2 }, { a: 3, b: 4 }], ['a', 'b'])).toEqual({ a: 4, b: 6 });
    expect(sumBy([] as { a: number }[], ['a'])).toEqual({ a: 0 });
  });
});

describe('assessmentByYear', () => {
  const rows = [
    { year: 2024, branchId: 'a', total: 90.5, grade: '好', rank: 1 },
    { year: 2024, branchId: 'b', total: 80, grade: '较好', rank: 2 },
    { year: 2025, branchId: 'a', total: 85.5, grade: '较好', rank: 2 },
    { year: 2025, branchId: 'b', total: 91.2, grade: '好', rank: 1 },
    { year: 2025, branchId: 'c', total: 70, grade: '一般', rank: 3 },
  ];
  it('a branch sees its own total, grade and rank per year', () => {
    expect(assessmentByYear(rows, 'a')).toEqual([
      { year: 2024, total: 90.5, grade: '好', rank: 1 },
      { year: 2025, total: 85.5, grade: '较好', rank: 2 },
    ]);
  });
  it('the organ sees the mean of its branches per year, half up to one decimal, in year order', () => {
    // 2024: (90.5 + 80) / 2 = 85.25 → 85.3; 2025: (85.5 + 91.2 + 70) / 3 = 82.2333 → 82.2
    expect(assessmentByYear([...rows].reverse())).toEqual([
      { year: 2024, total: 85.3, grade: null, rank: null },
      { year: 2025, total: 82.2, grade: null, rank: null },
    ]);
  });
});
