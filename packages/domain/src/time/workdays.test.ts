import { describe, expect, it } from 'vitest';
import { addWorkdays, adjustmentsOf, countWorkdays, isWorkday } from './workdays.js';

/**
 * The State Council notices (国务院办公厅关于部分节假日安排的通知):
 * 2025 春节 1月28日—2月4日 放假, 1月26日(周日)、2月8日(周六)上班; 国庆中秋 10月1日—8日 放假, 9月28日(周日)、10月11日(周六)上班.
 * 2026 春节 2月15日—23日 放假, 2月14日(周六)、2月28日(周六)上班; 中秋 9月25日—27日; 国庆 10月1日—7日 放假, 9月20日(周日)、10月10日(周六)上班.
 */
describe('isWorkday: the package against the notices', () => {
  it.each([
    ['2025-01-26', true], // Sunday make-up
    ['2025-01-27', true],
    ['2025-01-28', false],
    ['2025-02-04', false],
    ['2025-02-05', true],
    ['2025-02-08', true], // Saturday make-up
    ['2025-02-09', false],
    ['2025-09-28', true], // Sunday make-up
    ['2025-10-01', false],
    ['2025-10-08', false],
    ['2025-10-09', true],
    ['2025-10-11', true], // Saturday make-up
    ['2026-02-13', true],
    ['2026-02-14', true], // Saturday make-up
    ['2026-02-15', false],
    ['2026-02-23', false],
    ['2026-02-24', true],
    ['2026-02-28', true], // Saturday make-up
    ['2026-03-01', false],
    ['2026-09-20', true], // Sunday make-up
    ['2026-09-25', false], // 中秋
    ['2026-10-01', false],
    ['2026-10-07', false],
    ['2026-10-08', true],
    ['2026-10-10', true], // Saturday make-up
    ['2026-11-21', false], // plain Saturday
    ['2026-11-23', true], // plain Monday
  ])('%s → %s', (d, w) => expect(isWorkday(d)).toBe(w));
});

describe('countWorkdays (start inclusive)', () => {
  it('a plain week', () => expect(countWorkdays('2026-11-23', '2026-11-29')).toBe(5));
  it('end before start is 0; one day is itself', () => {
    expect(countWorkdays('2026-11-24', '2026-11-23')).toBe(0);
    expect(countWorkdays('2026-11-24', '2026-11-24')).toBe(1);
    expect(countWorkdays('2026-11-22', '2026-11-22')).toBe(0);
  });
  it('Spring Festival 2025: 1月24日(Fri)—2月10日(Mon)', () => {
    // 24, 26(make-up), 27, 5, 6, 7, 8(make-up), 10
    expect(countWorkdays('2025-01-24', '2025-02-10')).toBe(8);
  });
  it('Spring Festival 2026: 2月12日—2月28日', () => {
    // 12, 13, 14(make-up), 24, 25, 26, 27, 28(make-up)
    expect(countWorkdays('2026-02-12', '2026-02-28')).toBe(8);
  });
  it('National Day 2025: 9月26日—10月12日', () => {
    // 26, 28(make-up), 29, 30, 9, 10, 11(make-up)
    expect(countWorkdays('2025-09-26', '2025-10-12')).toBe(7);
  });
  it('National Day 2026: 9月18日—10月11日', () => {
    // 18, 20(make-up), 21..24 (中秋 9月25日 off), 28, 29, 30, 8, 9, 10(make-up)
    expect(countWorkdays('2026-09-18', '2026-10-11')).toBe(12);
  });
});

describe('addWorkdays: when a 5-working-day 公示 ends', () => {
  it('a plain week: Monday → Friday', () => expect(addWorkdays('2026-11-23', 5)).toBe('2026-11-27'));
  it('starting on a Saturday counts from Monday', () => expect(addWorkdays('2026-11-21', 5)).toBe('2026-11-27'));
  it('over Spring Festival 2026: from 2月12日 the 5th working day is 2月25日', () => expect(addWorkdays('2026-02-12', 5)).toBe('2026-02-25'));
  it('over Spring Festival 2025: from 1月24日 the 5th working day is 2月6日', () => expect(addWorkdays('2025-01-24', 5)).toBe('2025-02-06'));
  it('over National Day 2025: from 9月29日 → 10月11日 (Saturday make-up)', () => expect(addWorkdays('2025-09-29', 5)).toBe('2025-10-11'));
  it('over National Day 2026: from 9月29日 → 10月10日 (Saturday make-up)', () => expect(addWorkdays('2026-09-29', 5)).toBe('2026-10-10'));
  it('n ≤ 0 is the start', () => expect(addWorkdays('2026-11-24', 0)).toBe('2026-11-24'));
});

describe("the organ admin's adjustments override the package", () => {
  const adj = adjustmentsOf([
    { day: '2026-02-14', isWorkday: false }, // the organ gives its staff the make-up Saturday off
    { day: '2026-11-27', isWorkday: false }, // a local day off on a Friday
    { day: '2026-11-28', isWorkday: true }, // a Saturday worked
  ]);
  it('single days', () => {
    expect(isWorkday('2026-02-14', adj)).toBe(false);
    expect(isWorkday('2026-11-27', adj)).toBe(false);
    expect(isWorkday('2026-11-28', adj)).toBe(true);
    expect(isWorkday('2026-11-26', adj)).toBe(true);
  });
  it('counts and ends', () => {
    expect(countWorkdays('2026-02-12', '2026-02-28', adj)).toBe(7);
    expect(countWorkdays('2026-11-23', '2026-11-29', adj)).toBe(5);
    expect(addWorkdays('2026-11-23', 5, adj)).toBe('2026-11-28');
    expect(addWorkdays('2026-02-12', 5, adj)).toBe('2026-02-26');
  });
});
