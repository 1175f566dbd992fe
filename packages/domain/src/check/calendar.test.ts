import { describe, expect, it } from 'vitest';
import { calendarOf } from './calendar.js';
import { defineRule } from './rule.js';
import { term } from '../rules/org/term.js';
import { buildBranch, committee, judge } from '../rules/testkit.js';

/** The 体检 calendar and the ICS feed read what falls due from the findings (ORG-3 term reminders, periodic ends). */
const monthly = defineRule({
  id: 'LIFE-5.monthly',
  clause: 'LIFE-5',
  scope: 'branch',
  title: '每月主题党日',
  basis: 'test',
  source: 'standard',
  severity: 'violation',
  period: 'month',
  params: [],
  evaluate: (_b, _p, ctx) => [{ status: ctx.period.key === '2026-05' ? 'met' : ctx.openStatus(), message: 'x' }],
});

describe('calendarOf', () => {
  it('ORG-3.term: the end and the reminders 6, 3 and 1 months before it, from today on', () => {
    const findings = judge(term, buildBranch({ committees: [committee({ startOn: '2024-06-01' })] }), { asOf: '2026-06-15' });
    const items = calendarOf(findings, [term], 2026, '2026-06-15');
    expect(items.map((i) => [i.date, i.status])).toEqual([
      ['2026-12-01', 'pending'],
      ['2027-03-01', 'pending'],
      ['2027-05-01', 'pending'],
      ['2027-06-01', 'pending'],
    ]);
    expect(items.at(-1)!.title).toBe('按期换届');
    expect(items[0]!.title).toBe('提醒：按期换届（2027-06-01到期）');
  });

  it('an overdue term is reminded every month after its end', () => {
    const findings = judge(term, buildBranch({ committees: [committee({ startOn: '2023-01-10' })] }), { asOf: '2026-06-15' });
    const dates = calendarOf(findings, [term], 2026, '2026-06-15').map((i) => i.date);
    expect(dates).toContain('2026-07-10');
    expect(dates).toContain('2026-08-10');
    expect(dates.every((d) => d >= '2026-06-15' || d === '2026-01-10')).toBe(true);
  });

  it('periodic rules: a missed month and the open month show with their status, future months as pending, met months not at all', () => {
    const findings = judge(monthly, buildBranch(), { asOf: '2026-06-25' });
    const items = calendarOf(findings, [monthly], 2026, '2026-06-25');
    const byDate = Object.fromEntries(items.map((i) => [i.date, i.status]));
    expect(byDate['2026-04-30']).toBe('unmet');
    expect(byDate['2026-05-31']).toBeUndefined();
    expect(byDate['2026-06-30']).toBe('dueSoon');
    expect(byDate['2026-12-31']).toBe('pending');
  });
});
