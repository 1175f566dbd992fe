import { describe, expect, it } from 'vitest';
import type { DevelopmentFileFact } from '../../development/facts.js';
import { buildBranch, judge, one } from '../testkit.js';
import { developmentDeadlines } from './developmentDeadlines.js';

let n = 0;
const file = (steps: [number, string, object?][], over: Partial<DevelopmentFileFact> = {}): DevelopmentFileFact => ({
  id: `d${++n}`,
  personId: `p${n}`,
  personName: `申请人${n}`,
  ruleVersion: '2014',
  status: 'open',
  steps: steps.map(([step, doneOn, data]) => ({ step, doneOn, data: data ?? {} })),
  ...over,
});
const status = (f: DevelopmentFileFact, asOf: string) => one(judge(developmentDeadlines, buildBranch({ development: { files: [f] } }), { asOf }));

/** Plain dates of each step: applied 2025-01-06, activist 2025-03-03, meeting (15) 2026-04-01, approval 2026-05-01. */
const D: Record<number, string> = {
  1: '2025-01-06', 2: '2025-01-20', 3: '2025-03-03', 4: '2025-03-05', 5: '2025-03-10', 6: '2025-08-20', 7: '2026-03-05', 8: '2026-03-06', 9: '2026-03-10', 10: '2026-03-11',
  11: '2026-03-12', 12: '2026-03-20', 13: '2026-03-25', 14: '2026-03-26', 15: '2026-04-01', 16: '2026-04-05', 17: '2026-05-01', 18: '2026-05-02', 19: '2026-05-03', 20: '2026-05-10', 21: '2026-09-01',
};
const DATA: Record<number, object> = { 17: { outcome: 'approved' } };
const upTo = (last: number) => Array.from({ length: last }, (_, i): [number, string, object?] => [i + 1, D[i + 1]!, DATA[i + 1]]);

describe('MEM-1.development-deadlines', () => {
  it('no files: not applicable', () => {
    expect(one(judge(developmentDeadlines, buildBranch(), { asOf: '2026-06-15' })).status).toBe('notApplicable');
  });

  it.each([
    ['2025-01-26', 'met'],
    ['2025-01-27', 'dueSoon'],
    ['2025-02-06', 'dueSoon'],
    ['2025-02-07', 'unmet'],
  ])('talk after the application on %s: %s', (asOf, s) => {
    expect(status(file(upTo(1)), asOf).status).toBe(s);
  });

  it('one finding per file with the person as subject; overdue names the item', () => {
    const f = status(file(upTo(1)), '2025-03-01');
    expect(f).toMatchObject({ status: 'unmet', subject: { kind: 'member', name: expect.stringMatching(/^申请人/) } });
    expect(f.message).toContain('党组织派人谈话');
  });

  it.each([
    ['2025-08-02', 'met'],
    ['2025-08-03', 'dueSoon'],
    ['2025-09-03', 'dueSoon'],
    ['2025-09-04', 'unmet'],
  ])('the activist’s half-yearly assessment on %s: %s', (asOf, s) => {
    expect(status(file(upTo(5)), asOf).status).toBe(s);
  });

  it.each([
    ['2026-05-30', 'met'],
    ['2026-05-31', 'dueSoon'],
    ['2026-07-01', 'dueSoon'],
    ['2026-07-02', 'unmet'],
  ])('approval within 3 months of the meeting (warning from day 60) on %s: %s', (asOf, s) => {
    expect(status(file(upTo(16)), asOf).status).toBe(s);
  });

  it.each([
    ['2026-05-23', 'met'],
    ['2026-05-24', 'dueSoon'],
    ['2026-06-01', 'unmet'],
  ])('oath within 30 days of approval on %s: %s', (asOf, s) => {
    expect(status(file(upTo(19)), asOf).status).toBe(s);
  });

  it.each([
    ['2027-03-01', 'met'],
    ['2027-03-02', 'dueSoon'],
    ['2027-07-01', 'dueSoon'],
    ['2027-07-02', 'unmet'],
  ])('转正 when the probation ends (2027-04-01) on %s: %s', (asOf, s) => {
    expect(status(file(upTo(21)), asOf).status).toBe(s);
  });

  it('judged as the file stood on the date: a later step does not count earlier; a stopped or finished file is met', () => {
    const f = file(upTo(2));
    expect(status(f, '2025-02-10').status).toBe('met');
    expect(status(file(upTo(1), { status: 'stopped', stoppedOn: '2025-01-10' }), '2025-06-01').status).toBe('met');
    expect(status(file(upTo(1), { status: 'stopped', stoppedOn: '2025-05-10' }), '2025-03-01').status).toBe('unmet');
  });
});
