import { describe, it, expect } from 'vitest';
import { begunPeriodsOfYear, nextDay, periodOf, periodsOfYear, type PeriodKind } from './periods.js';

describe('periodOf: keys and bounds', () => {
  it.each([
    ['year', '2026-05-17', '2026', '2026-01-01', '2026-12-31'],
    ['year', '2024-12-31', '2024', '2024-01-01', '2024-12-31'],
    ['half', '2026-01-01', '2026-H1', '2026-01-01', '2026-06-30'],
    ['half', '2026-06-30', '2026-H1', '2026-01-01', '2026-06-30'],
    ['half', '2026-07-01', '2026-H2', '2026-07-01', '2026-12-31'],
    ['half', '2026-12-31', '2026-H2', '2026-07-01', '2026-12-31'],
    ['quarter', '2026-01-01', '2026-Q1', '2026-01-01', '2026-03-31'],
    ['quarter', '2026-03-31', '2026-Q1', '2026-01-01', '2026-03-31'],
    ['quarter', '2026-04-01', '2026-Q2', '2026-04-01', '2026-06-30'],
    ['quarter', '2026-07-01', '2026-Q3', '2026-07-01', '2026-09-30'],
    ['quarter', '2026-08-15', '2026-Q3', '2026-07-01', '2026-09-30'],
    ['quarter', '2026-09-30', '2026-Q3', '2026-07-01', '2026-09-30'],
    ['quarter', '2026-10-01', '2026-Q4', '2026-10-01', '2026-12-31'],
    ['quarter', '2026-12-31', '2026-Q4', '2026-10-01', '2026-12-31'],
    ['month', '2026-05-31', '2026-05', '2026-05-01', '2026-05-31'],
    ['month', '2026-04-15', '2026-04', '2026-04-01', '2026-04-30'],
    ['month', '2026-02-10', '2026-02', '2026-02-01', '2026-02-28'],
    ['month', '2024-02-10', '2024-02', '2024-02-01', '2024-02-29'],
    ['month', '2000-02-01', '2000-02', '2000-02-01', '2000-02-29'],
    ['month', '2100-02-01', '2100-02', '2100-02-01', '2100-02-28'],
    ['month', '2026-12-01', '2026-12', '2026-12-01', '2026-12-31'],
    ['quarter', '2024-02-29', '2024-Q1', '2024-01-01', '2024-03-31'],
  ] as const)('%s of %s is %s = %s..%s', (kind, date, key, start, end) => {
    expect(periodOf(kind, date)).toEqual({ kind, key, start, end });
  });
});

describe('periodsOfYear', () => {
  it.each([
    ['year', ['2026']],
    ['half', ['2026-H1', '2026-H2']],
    ['quarter', ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']],
    [
      'month',
      ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'],
    ],
  ] as const)('%s periods of 2026 are %j', (kind, keys) => {
    expect(periodsOfYear(kind, 2026).map((p) => p.key)).toEqual(keys);
  });

  it.each(['year', 'half', 'quarter', 'month'] as const)('%s periods tile the leap year 2024 without gaps or overlaps', (kind) => {
    const ps = periodsOfYear(kind, 2024);
    expect(ps[0]!.start).toBe('2024-01-01');
    expect(ps[ps.length - 1]!.end).toBe('2024-12-31');
    for (let i = 1; i < ps.length; i++) expect(ps[i]!.start).toBe(nextDay(ps[i - 1]!.end));
    for (const p of ps) expect(p.kind).toBe(kind);
  });
});

describe('begunPeriodsOfYear: no future periods (contracts §2)', () => {
  const keys = (kind: PeriodKind, year: number, asOf: string) => begunPeriodsOfYear(kind, year, asOf).map((p) => p.key);

  it.each([
    // asOf on a period's first day includes it; the day before does not
    ['quarter', 2026, '2026-06-30', ['2026-Q1', '2026-Q2']],
    ['quarter', 2026, '2026-07-01', ['2026-Q1', '2026-Q2', '2026-Q3']],
    ['quarter', 2026, '2026-01-01', ['2026-Q1']],
    ['quarter', 2026, '2026-12-31', ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']],
    ['half', 2026, '2026-06-30', ['2026-H1']],
    ['half', 2026, '2026-07-01', ['2026-H1', '2026-H2']],
    ['month', 2026, '2026-01-31', ['2026-01']],
    ['month', 2026, '2026-02-01', ['2026-01', '2026-02']],
    ['month', 2024, '2024-02-29', ['2024-01', '2024-02']],
    ['month', 2024, '2024-03-01', ['2024-01', '2024-02', '2024-03']],
    ['year', 2026, '2025-12-31', []],
    ['year', 2026, '2026-01-01', ['2026']],
    // a past year: every period; a future year: none
    ['quarter', 2025, '2026-03-15', ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']],
    ['month', 2027, '2026-12-31', []],
  ] as const)('%s of %i as of %s: %j', (kind, year, asOf, expected) => {
    expect(keys(kind, year, asOf)).toEqual(expected);
  });
});

describe('nextDay', () => {
  it.each([
    ['2026-12-31', '2027-01-01'],
    ['2024-02-28', '2024-02-29'],
    ['2026-02-28', '2026-03-01'],
    ['2026-06-30', '2026-07-01'],
  ])('%s → %s', (d, n) => {
    expect(nextDay(d)).toBe(n);
  });
});
