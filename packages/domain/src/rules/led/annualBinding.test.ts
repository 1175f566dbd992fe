import { describe, expect, it } from 'vitest';
import { emptyArchiveFacts, type ArchiveFacts } from '../../archive/facts.js';
import { buildBranch, buildFacts, judge, one } from '../testkit.js';
import { annualBindingRules } from './annualBinding.js';

const rule = (clause: string) => annualBindingRules.find((r) => r.clause === clause)!;
const bound = (category: ArchiveFacts['bindings'][number]['category'], year: number, boundOn: string) => ({ category, year, boundOn });
const run = (clause: string, bindings: ArchiveFacts['bindings'], asOf: string, extra: { params?: Record<string, unknown>; foundedOn?: string | null } = {}) =>
  one(judge(rule(clause), buildBranch({ archive: { ...emptyArchiveFacts(), bindings }, ...(extra.foundedOn !== undefined ? { foundedOn: extra.foundedOn } : {}) }), { asOf, ...(extra.params ? { params: extra.params } : {}) }));

describe('LED-2…LED-7 annual binding', () => {
  it('one rule per yearly-bound category, LED-2 to LED-7, each reading its own category', () => {
    expect(annualBindingRules.map((r) => r.id)).toEqual(['LED-2.annual-binding', 'LED-3.annual-binding', 'LED-4.annual-binding', 'LED-5.annual-binding', 'LED-6.annual-binding', 'LED-7.annual-binding']);
    // the 组织生活档案 bound does not make the 组织管理档案 bound
    expect(run('LED-2', [bound('life', 2025, '2026-02-01')], '2026-06-15').status).toBe('unmet');
    expect(run('LED-4', [bound('life', 2025, '2026-02-01')], '2026-06-15')).toMatchObject({
      status: 'met',
      period: '2026',
      message: '2025年度组织生活档案已于2026-02-01合订。',
      evidence: [{ kind: 'archiveBinding', label: '2025年度组织生活档案（合订本）', date: '2026-02-01' }],
    });
  });

  it.each([
    ['2026-03-31', 'dueSoon', '2025年度组织管理档案尚未合订，请在2026年3月31日前建立目录并合订。'],
    ['2026-04-01', 'unmet', '2025年度组织管理档案逾期未合订（应在2026年3月31日前）；请在信息台账中一键合订。'],
  ] as const)('not bound, judged on %s (deadline the end of Q1, inclusive) → %s', (asOf, status, message) => {
    const f = run('LED-2', [], asOf);
    expect(f).toMatchObject({ status, message, due: '2026-03-31' });
  });

  it('a binding of this year or of two years ago does not count for last year', () => {
    expect(run('LED-3', [bound('members', 2026, '2026-05-01'), bound('members', 2024, '2025-03-01')], '2026-06-15').status).toBe('unmet');
  });

  it('bound late is met, with the lateness said; the first binding counts, not a re-binding', () => {
    const f = run('LED-5', [bound('education', 2025, '2026-05-20'), bound('education', 2025, '2026-04-10')], '2026-06-15');
    expect(f).toMatchObject({ status: 'met', message: '2025年度集中教育档案已于2026-04-10合订（逾期，应在2026年3月31日前）。' });
  });

  it('a binding after the judge date is not yet there (a past as-of reads the past)', () => {
    expect(run('LED-6', [bound('excellence', 2025, '2026-03-01')], '2026-02-15').status).toBe('dueSoon');
  });

  it('the organ sets the deadline: 6 months moves it to 30 June', () => {
    const f = run('LED-7', [], '2026-06-15', { params: { 'led.bindDeadlineMonths': 6 } });
    expect(f).toMatchObject({ status: 'dueSoon', due: '2026-06-30' });
  });

  it('not applicable when last year is before the records start date or before the branch was founded', () => {
    const early = judge(rule('LED-2'), buildFacts({ organ: { id: 'o', name: '机关', recordsStartOn: '2026-01-01' }, branches: [buildBranch()] }), { asOf: '2026-06-15' });
    expect(one(early)).toMatchObject({ status: 'notApplicable', reason: '上年度在本系统启用日期之前' });
    expect(run('LED-2', [], '2026-06-15', { foundedOn: '2026-02-01' })).toMatchObject({ status: 'notApplicable', reason: '上年度支部尚未成立' });
  });
});
