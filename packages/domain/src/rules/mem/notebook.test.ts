import { describe, expect, it } from 'vitest';
import { emptyCareFacts, type CareFacts } from '../../care/facts.js';
import { buildBranch, judge, one, person } from '../testkit.js';
import { studyNotebook } from './notebook.js';

const persons = [person('p1', { name: '张三' }), person('p2', { name: '李四' }), person('p3', { name: '王五' })];
const care = (issued: [string, number, string][]): CareFacts => ({ ...emptyCareFacts(), notebooks: issued.map(([personId, year, issuedOn]) => ({ personId, year, issuedOn })) });
const run = (issued: [string, number, string][], asOf = '2026-06-15', year?: number) =>
  one(judge(studyNotebook, buildBranch({ persons, care: care(issued) }), { asOf, ...(year ? { year } : {}) }));

describe('MEM-2.study-notebook', () => {
  it('met when every member has the year’s notebook', () => {
    expect(run([['p1', 2026, '2026-02-01'], ['p2', 2026, '2026-02-01'], ['p3', 2026, '2026-02-01']])).toMatchObject({ status: 'met', severity: 'advisory', message: '2026年学习教育记录本已发放到全部3名党员。' });
  });
  it.each([
    ['2026-06-15', undefined, 'pending'],
    ['2026-11-01', undefined, 'pending'],
    ['2026-11-02', undefined, 'dueSoon'],
    ['2027-01-05', 2026, 'unmet'],
  ] as const)('one lacking on %s → %s, naming who', (asOf, year, status) => {
    const f = run([['p1', 2026, '2026-02-01'], ['p2', 2026, '2026-02-01'], ['p3', 2025, '2025-02-01']], asOf, year);
    expect(f.status).toBe(status);
    expect(f.message).toContain('王五');
    expect(f.message).not.toContain('张三');
  });
  it('a notebook of another year does not count; one issued after the judge date neither', () => {
    expect(run([['p1', 2025, '2025-02-01']]).message).toContain('3名');
    expect(run([['p1', 2026, '2026-07-01'], ['p2', 2026, '2026-02-01'], ['p3', 2026, '2026-02-01']]).message).toContain('张三');
  });
  it('not applicable without members', () => {
    expect(one(judge(studyNotebook, buildBranch({ persons: [] }))).status).toBe('notApplicable');
  });
});
