import { describe, expect, it } from 'vitest';
import type { BranchFacts } from '../../check/facts.js';
import { emptyDuesFacts, type DuesFacts } from '../../dues/facts.js';
import { addMonthsTo } from '../../lapse/watch.js';
import type { LapseFacts } from '../../lapse/facts.js';
import { buildBranch, judge, person } from '../testkit.js';
import { lapseWatchRule } from './lapseWatch.js';
import { branchLifeMonth } from './branchLifeMonth.js';

/** `from`…`to` inclusive. */
function months(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonthsTo(m, 1)) out.push(m);
  return out;
}
const ALL = months('2024-01', '2027-12');

/** One member p1; the branch held something every month unless `branchMonths` says otherwise; dues all paid unless given. */
function branch(opts: { life?: string[]; branchMonths?: string[]; dues?: Partial<DuesFacts>; work?: LapseFacts['workAssignments']; persons?: BranchFacts['persons'] } = {}): BranchFacts {
  const persons = opts.persons ?? [person('p1', { name: '王五' })];
  return buildBranch({
    persons,
    lapse: { lifeMonths: persons.map((p) => ({ personId: p.id, months: opts.life ?? ALL })), branchMonths: opts.branchMonths ?? ALL, workAssignments: opts.work ?? [], transfers: [] },
    // the branch recorded payments every month (the ledger is kept: a month without any payment is not judged)
    dues: { ...emptyDuesFacts(), recordedMonths: ALL, ...opts.dues, paidMonths: opts.dues?.paidMonths ?? persons.map((p) => ({ personId: p.id, months: ALL })) },
  });
}
const finding = (b: BranchFacts, asOf = '2026-06-15', year?: number) => {
  const all = judge(lapseWatchRule, b, { asOf, ...(year ? { year } : {}) });
  // a member under 3 months has no finding of their own: the branch's single "met" finding covers them
  const f = all.find((x) => x.subject?.id === 'p1') ?? (all.length === 1 && !all[0]!.subject ? all[0] : undefined);
  if (!f) throw new Error('no finding for p1');
  return f;
};

describe('MEM-3.lapse-watch: organizational life', () => {
  // as of 2026-06-15 the last closed month is May 2026
  it.each([
    ['2025-12', 5, 'dueSoon'],
    ['2025-11', 6, 'unmet'],
    ['2025-10', 7, 'unmet'],
    ['2026-03', 2, 'met'],
    ['2026-02', 3, 'dueSoon'],
  ] as const)('last took part in %s → %i months → %s', (last, n, status) => {
    const f = finding(branch({ life: months('2024-01', last) }));
    expect(f.status).toBe(status);
    if (status !== 'met') expect(f.message).toContain(`连续${n}个月未参加组织生活`);
  });

  it('lists the months of the run in the message, and names the national procedure at six', () => {
    const f = finding(branch({ life: months('2024-01', '2025-11') }));
    expect(f.message).toContain('王五连续6个月未参加组织生活（2025年12月至2026年5月）');
    expect(f.message).toContain('系统不会自动改变其党籍状态');
    expect(f.evidence[0]).toMatchObject({ kind: 'member', id: 'p1' });
  });

  it('a month with 请假 with a reason counts as taking part (the loader puts it in lifeMonths)', () => {
    const life = [...months('2024-01', '2025-11'), '2026-03'];
    expect(finding(branch({ life })).status).toBe('met');
  });

  it('a month in which the branch held nothing neither counts nor breaks the run', () => {
    const f = finding(branch({ life: months('2024-01', '2025-12'), branchMonths: ALL.filter((m) => m !== '2026-03') }));
    expect(f.status).toBe('dueSoon');
    expect(f.message).toContain('连续4个月未参加组织生活（2026年1月至2026年5月）');
    // a branch that held nothing for all of 2026 has nothing against its members
    expect(finding(branch({ life: months('2024-01', '2025-12'), branchMonths: months('2024-01', '2025-12') })).status).toBe('met');
  });

  it('runs across a year boundary (facts loaded from 12 months before the year)', () => {
    const f = finding(branch({ life: months('2024-01', '2025-08') }), '2026-03-10');
    expect(f.status).toBe('unmet');
    expect(f.message).toContain('连续6个月未参加组织生活（2025年9月至2026年2月）');
  });

  it('a member who joined mid-run is counted only from their first whole month in the branch', () => {
    const p = person('p1', { name: '王五', memberships: [{ startOn: '2026-01-15', endOn: null }] });
    const f = finding(branch({ persons: [p], life: [] }));
    expect(f.status).toBe('dueSoon');
    expect(f.message).toContain('连续4个月未参加组织生活（2026年2月至2026年5月）');
  });

  it('a 预备党员 admitted mid-run is counted from their first whole month as 党员', () => {
    const p = person('p1', { name: '王五', category: 'probationary', joinedOn: '2026-03-01', confirmedOn: null });
    expect(finding(branch({ persons: [p], life: [] })).message).toContain('连续3个月未参加组织生活（2026年3月至2026年5月）');
  });

  it('the as-of month is not judged until it has ended; a closed year is judged on 31 December, December included', () => {
    expect(finding(branch({ life: months('2024-01', '2025-12') }), '2026-06-30').message).toContain('连续5个月');
    expect(finding(branch({ life: months('2024-01', '2025-12') }), '2026-07-01').message).toContain('连续6个月');
    expect(finding(branch({ life: months('2024-01', '2025-06') }), '2026-01-05', 2025).message).toContain('连续6个月未参加组织生活（2025年7月至2025年12月）');
  });

  it('months before the organ’s records start are not judged', () => {
    const b = branch({ life: [] });
    const f = judge(lapseWatchRule, { organ: { id: 'o1', name: '机关', recordsStartOn: '2026-03-01' }, units: [], branches: [b], overrides: [], exemptions: [] }, { asOf: '2026-06-15' });
    expect(f[0]?.message).toContain('连续3个月未参加组织生活（2026年3月至2026年5月）');
  });

  it('a long run is capped at 12 months and says 至少', () => {
    expect(finding(branch({ life: [] })).message).toContain('至少连续12个月');
  });

  it('shows talks with the member since the run began as evidence', () => {
    const b = { ...branch({ life: months('2024-01', '2025-11') }), talks: [{ id: 't1', kind: 'admonition' as const, talkedOn: '2026-05-20', talkerPersonId: 'm1', talkeePersonId: 'p1' }, { id: 't0', kind: 'heartToHeart' as const, talkedOn: '2025-01-20', talkerPersonId: 'm1', talkeePersonId: 'p1' }] };
    expect(finding(b).evidence.filter((e) => e.kind === 'talk')).toEqual([{ kind: 'talk', id: 't1', label: '诫勉谈话', date: '2026-05-20' }]);
  });
});

describe('MEM-3.lapse-watch: who gets a finding', () => {
  it('only members at three months or more; a branch where nobody is gets one "met" finding', () => {
    const two = [person('p1', { name: '王五' }), person('p2', { name: '赵六' })];
    const b = branch({ persons: two });
    b.lapse.lifeMonths = [{ personId: 'p1', months: months('2024-01', '2026-01') }, { personId: 'p2', months: ALL }];
    const fs = judge(lapseWatchRule, b, { asOf: '2026-06-15' });
    expect(fs.map((f) => [f.subject?.id ?? null, f.status])).toEqual([['p1', 'dueSoon']]);
    const clean = judge(lapseWatchRule, branch({ persons: two }), { asOf: '2026-06-15' });
    expect(clean.map((f) => [f.subject ?? null, f.status])).toEqual([[null, 'met']]);
    expect(clean[0]!.message).toContain('全支部2名党员');
  });
});

describe('MEM-3.lapse-watch: dues', () => {
  const paid = (list: string[]) => ({ paidMonths: [{ personId: 'p1', months: list }] });
  it.each([
    ['2025-12', 'dueSoon'],
    ['2025-11', 'unmet'],
    ['2025-10', 'unmet'],
  ] as const)('paid up to %s → %s', (last, status) => {
    expect(finding(branch({ dues: paid(months('2024-01', last)) })).status).toBe(status);
  });

  it('prepaid months count as paid (each month paid ahead has its own row)', () => {
    // paid in December 2025 for all of 2026: the months paid for are 2024-01…2026-12
    expect(finding(branch({ dues: paid(months('2024-01', '2026-12')) })).status).toBe('met');
  });

  it('an exemption (amount 0) counts as paid; a reduction does not replace payment', () => {
    const dues = { ...paid(months('2024-01', '2025-11')), reductions: [{ personId: 'p1', fromMonth: '2026-01', toMonth: '2026-12', amountFen: 0 }] };
    expect(finding(branch({ dues })).status).toBe('met');
    const reduced = { ...paid(months('2024-01', '2025-11')), reductions: [{ personId: 'p1', fromMonth: '2026-01', toMonth: '2026-12', amountFen: 50 }] };
    expect(finding(branch({ dues: reduced })).status).toBe('unmet');
  });

  it('a month for which the branch recorded no payment at all is not judged (the ledger not kept yet)', () => {
    expect(finding(branch({ dues: { ...paid([]), recordedMonths: [] } })).status).toBe('met');
    // recorded up to March 2026 only: April and May are skipped, the run counts back from March
    expect(finding(branch({ dues: { ...paid(months('2024-01', '2025-11')), recordedMonths: months('2024-01', '2026-03') } })).message).toContain('连续4个月未交纳党费（2025年12月至2026年3月）');
  });

  it('reports the worst of the counters, each with its months', () => {
    const f = finding(branch({ life: months('2024-01', '2026-01'), dues: paid(months('2024-01', '2025-11')) }));
    expect(f.status).toBe('unmet');
    expect(f.message).toContain('连续4个月未参加组织生活（2026年2月至2026年5月）；连续6个月未交纳党费（2025年12月至2026年5月）');
  });
});

describe('MEM-3.lapse-watch: assigned work', () => {
  const w = (dueOn: string, doneOn: string | null) => [{ personId: 'p1', dueOn, doneOn }];
  it.each([
    ['2025-12-31', null, 'unmet', 6],
    ['2026-01-10', null, 'dueSoon', 5],
    ['2025-12-31', '2026-04-02', 'met', 1],
  ] as const)('due %s, done %s → %s', (dueOn, doneOn, status, n) => {
    const f = finding(branch({ work: w(dueOn, doneOn) }));
    expect(f.status).toBe(status);
    if (status !== 'met') expect(f.message).toContain(`连续${n}个月未完成党组织分配的工作`);
  });
});

describe('MEM-3.branch-life-month', () => {
  it('one finding per month of the year: unmet for a closed month with nothing held, pending for the open month', () => {
    const b = branch({ branchMonths: ALL.filter((m) => m !== '2026-03' && m !== '2026-06') });
    const f = judge(branchLifeMonth, b, { asOf: '2026-06-15' });
    expect(f.map((x) => [x.period, x.status])).toEqual([
      ['2026-01', 'met'],
      ['2026-02', 'met'],
      ['2026-03', 'unmet'],
      ['2026-04', 'met'],
      ['2026-05', 'met'],
      ['2026-06', 'pending'],
    ]);
    expect(f[2]?.message).toBe('2026年3月支部没有开展任何组织生活；当月不计入党员连续未参加组织生活的月数，请说明原因或补录。');
  });

  it('a held meeting of the month counts even before the loader’s months', () => {
    const b = { ...branch({ branchMonths: [] }), meetings: [{ id: 'mt', kind: 'groupMeeting' as const, groupId: null, heldOn: '2026-02-10', startTime: null, endTime: null, title: null, lecturerPersonId: null, themeDay: null }] };
    const f = judge(branchLifeMonth, b, { asOf: '2026-03-15' });
    expect(f.map((x) => x.status)).toEqual(['unmet', 'met', 'pending']);
  });
});
