import { describe, expect, it } from 'vitest';
import { emptyCareFacts, type CareFacts } from '../../care/facts.js';
import { buildBranch, judge, one, person } from '../testkit.js';
import { hardshipCare } from './hardship.js';

type H = CareFacts['hardships'][number];
const h = (personId: string, sinceOn: string, visitedOn: string[] = [], resolvedOn: string | null = null): H => ({ id: `h-${personId}-${sinceOn}`, personId, sinceOn, resolvedOn, visitedOn });
const run = (hs: H[], asOf = '2026-06-15', year?: number) =>
  one(judge(hardshipCare, buildBranch({ persons: [person('p1', { name: '张三' }), person('p2', { name: '李四' })], care: { ...emptyCareFacts(), hardships: hs } }), { asOf, ...(year ? { year } : {}) }));

describe('MEM-5.hardship-care', () => {
  it('not applicable without members in difficulty in the year', () => {
    expect(run([]).status).toBe('notApplicable');
    expect(run([h('p1', '2024-01-01', [], '2025-12-31')]).status).toBe('notApplicable');
    expect(run([h('p1', '2026-07-01')]).status).toBe('notApplicable');
  });
  it('met when each was visited in the year, counted per person', () => {
    expect(run([h('p1', '2025-05-01', ['2026-02-01']), h('p2', '2026-03-01', ['2026-03-02'])])).toMatchObject({ status: 'met', severity: 'violation', message: '2026年2名困难党员均已走访慰问。' });
    // two difficulties of one person: one visit covers the person
    expect(run([h('p1', '2025-05-01', ['2026-02-01']), h('p1', '2026-03-01')]).status).toBe('met');
  });
  it.each([
    [['2025-12-31'], '2026-06-15', undefined, 'pending'],
    [[], '2026-11-02', undefined, 'dueSoon'],
    [[], '2027-01-02', 2026, 'unmet'],
    [['2026-12-31'], '2027-01-02', 2026, 'met'],
  ] as const)('visits %j, as of %s → %s', (visits, asOf, year, status) => {
    expect(run([h('p1', '2025-05-01', [...visits])], asOf, year).status).toBe(status);
  });
  it('names nobody (contracts §4)', () => {
    const f = run([h('p1', '2025-05-01'), h('p2', '2025-05-01', ['2026-01-10'])], '2027-01-02', 2026);
    expect(f.message).toBe('2026年有1名困难党员没有走访慰问记录（每年至少1次），详见困难党员关怀台账。');
    expect(JSON.stringify(f)).not.toMatch(/张三|李四|p1/);
  });
});
