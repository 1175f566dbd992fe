import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEETING_DUE_RULES, periodDueMonth } from '@zhibu/domain';
import { buildWorld, type World } from './fixtures.js';
import { apiClient } from './apiClient.js';
import { settleCheckRuns } from '../src/features/dashboard/checkRuns.js';

/**
 * Issue 7 §8: the 工作看板. The fixture's meetings, attendance and dues are written straight into the tables (as a year
 * of records would stand), and the dashboard's counts are checked against figures worked out by hand below. Who reads
 * it: the organ's, the 机关党委 and assessors; a branch's, also its 支委 — never a plain 党员 or another branch.
 */
let w: World;
const p = (key: string) => w.persons[key]!;
const { call, ok, refused } = apiClient(() => w, ['meetings', 'meeting_attendance', 'dues_payments', 'rule_exemptions']);

type Month = { month: string; asOf: string; meetings: { held: number; due: number; met: number }; attendance: { expected: number; present: number; onLeave: number; absent: number; rate: number | null }; dues: { liable: number; settled: number; amountFen: number; rate: number | null }; coverage: { counts: Record<string, number>; applicable: number; rate: number | null } };
const monthOf = (d: { months: Month[] }, m: string) => d.months.find((x) => x.month === `2026-${m}`)!;

beforeAll(async () => {
  w = await buildWorld();
  const db = w.database.db;
  // 陈三 became a 预备党员 in March: liable for dues from 2026-03 on (R-DUES-6)
  await db.updateTable('persons').set({ category: 'probationary', joined_on: '2026-03-01', confirmed_on: null }).where('id', '=', p('spare3')).execute();
  const meeting = async (branchId: string, kind: string, heldOn: string, status: 'held' | 'planned' | 'cancelled', att: [string, 'present' | 'onLeave' | 'absent', boolean?][] = [], groupId: string | null = null) => {
    const id = crypto.randomUUID();
    await db.insertInto('meetings').values({ id, organ_id: w.organId, branch_id: branchId, group_id: groupId, kind: kind as 'assembly', status, held_on: heldOn, theme_day: null }).execute();
    if (att.length) await db.insertInto('meeting_attendance').values(att.map(([k, s, guest]) => ({ meeting_id: id, person_id: p(k), status: s, reason: s === 'onLeave' ? '出差' : null, guest: guest ?? false }))).execute();
  };
  const A = w.branchA;
  await meeting(A, 'committeeMeeting', '2026-03-10', 'held', [['secretaryA', 'present'], ['orgA', 'present'], ['pubA', 'present']]);
  await meeting(A, 'themeDay', '2026-03-20', 'held', [
    ['secretaryA', 'present'], ['orgA', 'present'], ['pubA', 'present'], ['leaderA1', 'present'], ['memberA', 'present'], ['spare3', 'present'],
    ['spare1', 'onLeave'], ['spare2', 'absent'], ['activistA', 'present', true],
  ]);
  await meeting(A, 'assembly', '2026-03-25', 'planned');
  await meeting(A, 'groupMeeting', '2026-05-12', 'held', [['leaderA1', 'present'], ['memberA', 'onLeave']], w.groupA1);
  await meeting(A, 'committeeMeeting', '2026-05-30', 'cancelled', [['secretaryA', 'present']]);
  await meeting(w.branchB, 'committeeMeeting', '2026-03-15', 'held', [['secretaryB', 'present'], ['memberB', 'absent']]);
  const pay = (branchId: string, key: string, month: string | null, fen: number, kind: 'monthly' | 'voluntary' = 'monthly') => ({
    id: crypto.randomUUID(), organ_id: w.organId, branch_id: branchId, person_id: p(key), kind, month, due_fen: kind === 'monthly' ? fen : null, amount_fen: fen, paid_on: '2026-01-15', method: 'cash' as const,
  });
  await db.insertInto('dues_payments').values([
    pay(A, 'secretaryA', '2026-01', 5000),
    pay(A, 'orgA', '2026-01', 5000),
    pay(A, 'memberA', '2026-01', 3000),
    pay(w.branchB, 'secretaryB', '2026-01', 1000),
    pay(w.branchB, 'memberB', null, 50000, 'voluntary'),
  ]).execute();
  // 郑一: an approved 免交 for the first half-year counts as settled
  await db.insertInto('dues_reductions').values({ id: crypto.randomUUID(), person_id: p('spare1'), from_month: '2026-01', to_month: '2026-06', amount_fen: 0, reason: '生活困难', branch_decided_on: '2025-12-20', approval_ref: '机关党委〔2025〕9号', approved_on: '2025-12-28' }).execute();
});
afterAll(async () => {
  await w.close();
});

describe('the organ dashboard', () => {
  let d: { months: Month[]; branches: { shortName: string; meetingsHeld: number; attendanceRate: number | null; duesRate: number | null; coverageRate: number | null; meetingsDue: number }[]; pipeline: { category: string; count: number }[]; scope: string; asOf: string; assessment: unknown[]; topUnmet: { clause: string; title: string; branches: number }[] };

  it('has Jan .. the as-of month, each judged at its end and November today', async () => {
    const t0 = performance.now();
    d = ok(await call('admin', 'GET', '/api/dashboard?year=2026'));
    const first = performance.now() - t0;
    const t1 = performance.now();
    ok(await call('admin', 'GET', '/api/dashboard?year=2026'));
    const again = performance.now() - t1;
    console.info(`dashboard, organ of 2 branches, 11 check runs: first ${first.toFixed(0)} ms, cached ${again.toFixed(0)} ms`);
    expect(d.scope).toBe('organ');
    expect(d.asOf).toBe('2026-11-24');
    expect(d.months.map((m) => m.month)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map((m) => `2026-${m}`));
    expect(d.months[1]!.asOf).toBe('2026-02-28');
    expect(d.months.at(-1)!.asOf).toBe('2026-11-24');
    expect(d.assessment).toEqual([]);
  });

  it('counts held 三会一课 (not planned or cancelled ones) per month over every branch', () => {
    expect(monthOf(d, '03').meetings.held).toBe(3);
    expect(monthOf(d, '05').meetings.held).toBe(1);
    expect(monthOf(d, '01').meetings.held).toBe(0);
  });

  it('attendance: present over expected, leave apart, guests left out', () => {
    expect(monthOf(d, '03').attendance).toEqual({ expected: 13, present: 10, onLeave: 1, absent: 2, rate: 0.7692 });
    expect(monthOf(d, '05').attendance).toEqual({ expected: 2, present: 1, onLeave: 1, absent: 0, rate: 0.5 });
    expect(monthOf(d, '04').attendance.rate).toBeNull();
  });

  it('dues: members liable, paid or exempt, and the amount; a 预备党员 from the month admitted; voluntary payments apart', () => {
    // Jan: A 7 liable (陈三 not yet) with 3 paid + 郑一 exempt, B 2 liable with 1 paid
    expect(monthOf(d, '01').dues).toEqual({ liable: 9, settled: 5, amountFen: 14000, rate: 0.5556 });
    expect(monthOf(d, '02').dues).toEqual({ liable: 9, settled: 1, amountFen: 0, rate: 0.1111 });
    expect(monthOf(d, '03').dues).toEqual({ liable: 10, settled: 1, amountFen: 0, rate: 0.1 });
    expect(monthOf(d, '07').dues).toEqual({ liable: 10, settled: 0, amountFen: 0, rate: 0 });
  });

  it('the development pipeline counts each stage', () => {
    expect(Object.fromEntries(d.pipeline.map((s) => [s.category, s.count]))).toEqual({ applicant: 0, activist: 1, candidate: 0, probationary: 1 });
  });

  it('lists every branch with its year', () => {
    expect(d.branches.map((b) => b.shortName)).toEqual(['第一党支部', '第二党支部']);
    const [a, b] = d.branches;
    // A: March 9 present of 11, May 1 of 2
    expect(a).toMatchObject({ meetingsHeld: 3, attendanceRate: 0.7692 });
    // A: 7+7 + 9×8 liable month-members = 86, settled 4 (Jan) + 1 (Feb..Jun 郑一) ×5 → 4 + 5 = 9
    expect(a!.duesRate).toBe(Math.round((9 / 86) * 10000) / 10000);
    expect(b).toMatchObject({ meetingsHeld: 1, attendanceRate: 0.5, duesRate: Math.round((1 / 22) * 10000) / 10000 });
    for (const row of d.branches) expect(row.coverageRate === null || (row.coverageRate >= 0 && row.coverageRate <= 1)).toBe(true);
  });

  it('coverage: every (branch × clause) cell counted once a month; the top unmet clauses have titles', () => {
    for (const m of d.months) {
      const total = Object.values(m.coverage.counts).reduce((n, c) => n + c, 0);
      expect(m.coverage.applicable).toBe(total - m.coverage.counts.notApplicable!);
      expect(m.coverage.rate).toBe(Math.round((m.coverage.counts.met! / m.coverage.applicable) * 10000) / 10000);
    }
    expect(d.topUnmet.length).toBeGreaterThan(0);
    expect(d.topUnmet.length).toBeLessThanOrEqual(5);
    for (const t of d.topUnmet) {
      expect(t.title).toMatch(/[\u4e00-\u9fff]/);
      expect(t.branches).toBeGreaterThanOrEqual(1);
      expect(t.branches).toBeLessThanOrEqual(2);
    }
    expect(d.topUnmet.map((t) => t.branches)).toEqual([...d.topUnmet.map((t) => t.branches)].sort((x, y) => y - x));
  });

  it('an assessor reads it too', async () => {
    const a = ok(await call('assessor', 'GET', '/api/dashboard?year=2026'));
    expect(a.branches).toHaveLength(2);
  });
});

describe('a branch dashboard', () => {
  it('holds the branch only, and its meetings due come from the check’s LIFE findings', async () => {
    const d = ok(await call('secretarya', 'GET', `/api/dashboard?year=2026&branchId=${w.branchA}`));
    expect(d).toMatchObject({ scope: 'branch', branch: { id: w.branchA, shortName: '第一党支部' }, branches: [] });
    expect(monthOf(d, '03').meetings.held).toBe(2);
    expect(monthOf(d, '03').attendance).toEqual({ expected: 11, present: 9, onLeave: 1, absent: 1, rate: 0.8182 });
    expect(monthOf(d, '01').dues).toEqual({ liable: 7, settled: 4, amountFen: 13000, rate: 0.5714 });
    // the due count is what the 标准化体检 of the branch says, month by month
    const check = ok(await call('secretarya', 'GET', `/api/branches/${w.branchA}/check?year=2026`));
    const due = new Map<string, { due: number; met: number }>();
    for (const f of check.findings as { rule: string; period: string; status: string }[]) {
      if (!MEETING_DUE_RULES.has(f.rule) || f.status === 'notApplicable') continue;
      const m = periodDueMonth(f.period, '2026-11')!;
      const row = due.get(m) ?? { due: 0, met: 0 };
      row.due++;
      if (f.status === 'met') row.met++;
      due.set(m, row);
    }
    for (const m of d.months as Month[]) expect({ month: m.month, due: m.meetings.due, met: m.meetings.met }).toEqual({ month: m.month, ...(due.get(m.month) ?? { due: 0, met: 0 }) });
    // January: the 党小组会 and the 主题党日 were due (the fixture's branch has no elected 支委会, so LIFE-2 does not
    // apply) and none was held; March adds the quarter's 党员大会, and the 主题党日 held then is met
    expect(monthOf(d, '01').meetings).toEqual({ held: 0, due: 2, met: 0 });
    expect(monthOf(d, '03').meetings).toEqual({ held: 2, due: 3, met: 1 });
    expect(monthOf(d, '05').meetings).toEqual({ held: 1, due: 2, met: 1 });
    expect(d.pipeline.find((s: { category: string }) => s.category === 'activist').count).toBe(1);
  });

  it('every 支委 of the branch reads it; the 机关党委 reads any branch', async () => {
    for (const who of ['orga', 'puba', 'admin', 'assessor']) ok(await call(who, 'GET', `/api/dashboard?branchId=${w.branchA}`));
    const b = ok(await call('admin', 'GET', `/api/dashboard?branchId=${w.branchB}`));
    expect(monthOf(b, '03').meetings.held).toBe(1);
  });

  it('a change shows at once for today, and in the past months once they are recomputed in the background', async () => {
    const before = ok(await call('admin', 'GET', `/api/dashboard?year=2026&branchId=${w.branchA}`));
    expect(before.refreshing).toBe(false);
    ok(await call('admin', 'POST', '/api/check/exemptions', { branchId: w.branchA, rule: 'LIFE-1.quarterly', fromOn: '2026-01-01', toOn: '2026-12-31', reason: '支部改建，本年度党员大会由机关党委统一组织' }));
    const after = ok(await call('admin', 'GET', `/api/dashboard?year=2026&branchId=${w.branchA}`));
    // the past month ends were computed before the change: answered as they were, and recomputed
    expect(after.refreshing).toBe(true);
    expect(monthOf(after, '06').coverage).toEqual(monthOf(before, '06').coverage);
    await settleCheckRuns();
    const settled = ok(await call('admin', 'GET', `/api/dashboard?year=2026&branchId=${w.branchA}`));
    expect(settled.refreshing).toBe(false);
    expect(monthOf(settled, '06').coverage.counts.notApplicable).toBe(monthOf(before, '06').coverage.counts.notApplicable! + 1);
    // the branch's LIFE-1 cell (no 党员大会 all year: unmet) no longer applies, and the quarters' 党员大会 are no longer due
    const [b, a] = [before.months.at(-1).coverage.counts, after.months.at(-1).coverage.counts];
    expect(a.unmet).toBe(b.unmet - 1);
    expect(a.notApplicable).toBe(b.notApplicable + 1);
    expect(monthOf(after, '03').meetings.due).toBe(monthOf(before, '03').meetings.due - 1);
  });
});

describe('who may not read it, and bad input', () => {
  it('a plain 党员 or a 党小组长 is refused; another branch’s 支委 does not see the branch', async () => {
    await refused(403, /只有本支部委员、机关党委和考核人员/, 'membera', 'GET', `/api/dashboard?branchId=${w.branchA}`);
    await refused(403, /只有本支部委员、机关党委和考核人员/, 'leadera1', 'GET', `/api/dashboard?branchId=${w.branchA}`);
    await refused(403, /只有机关党委和考核人员可以查看全机关工作看板/, 'membera', 'GET', '/api/dashboard');
    await refused(403, /只有机关党委和考核人员可以查看全机关工作看板/, 'secretarya', 'GET', '/api/dashboard');
    await refused(404, /不存在或您无权查看/, 'secretaryb', 'GET', `/api/dashboard?branchId=${w.branchA}`);
    await refused(404, /不存在或您无权查看/, 'memberb', 'GET', `/api/dashboard?branchId=${w.branchA}`);
    const res = await call(null, 'GET', '/api/dashboard');
    expect(res.statusCode).toBe(401);
  });

  it('a future year, a year that is not a number, a malformed or unknown branch: a Chinese error', async () => {
    await refused(400, /2027年尚未开始/, 'admin', 'GET', '/api/dashboard?year=2027');
    await refused(400, /年份/, 'admin', 'GET', '/api/dashboard?year=1999');
    await refused(400, /2024年早于本机关的启用日期（2025-01-01）/, 'admin', 'GET', '/api/dashboard?year=2024');
    await refused(400, /[\u4e00-\u9fff]/, 'admin', 'GET', '/api/dashboard?year=abc');
    await refused(400, /编号格式不正确/, 'admin', 'GET', '/api/dashboard?branchId=A');
    await refused(404, /党支部/, 'admin', 'GET', '/api/dashboard?branchId=00000000-0000-4000-8000-000000000009');
  });

  it('a past year has all twelve months', async () => {
    const d = ok(await call('admin', 'GET', '/api/dashboard?year=2025'));
    expect(d.months).toHaveLength(12);
    expect(d.asOf).toBe('2025-12-31');
    expect(d.months.every((m: Month) => m.meetings.held === 0)).toBe(true);
  });
});

describe('assessment scores', () => {
  it('show the published results as stored: a branch its own total, grade and rank; the organ the mean per year', async () => {
    const db = w.database.db;
    const id = crypto.randomUUID();
    await db
      .insertInto('assessments')
      .values({ id, organ_id: w.organId, year: 2025, title: '2025年度考核', status: 'published', grades: JSON.stringify([{ grade: '好', min: 90 }, { grade: '较好', min: 0 }]), published_at: '2026-01-20T02:00:00Z', published_by: 'user:admin', created_by: 'user:admin', created_at: '2026-01-05T02:00:00Z' })
      .execute();
    await db
      .insertInto('assessment_results')
      .values([
        { assessment_id: id, branch_id: w.branchA, total: 92.5, grade: '好', rank: 1, items: '[]' },
        { assessment_id: id, branch_id: w.branchB, total: 84, grade: '较好', rank: 2, items: '[]' },
      ])
      .execute();
    expect(ok(await call('secretarya', 'GET', `/api/dashboard?year=2026&branchId=${w.branchA}`)).assessment).toEqual([{ year: 2025, total: 92.5, grade: '好', rank: 1 }]);
    // (92.5 + 84) / 2 = 88.25 → 88.3
    expect(ok(await call('admin', 'GET', '/api/dashboard?year=2026')).assessment).toEqual([{ year: 2025, total: 88.3, grade: null, rank: null }]);
    // a year shows the results up to itself only
    expect(ok(await call('admin', 'GET', `/api/dashboard?year=2025&branchId=${w.branchB}`)).assessment).toEqual([{ year: 2025, total: 84, grade: '较好', rank: 2 }]);
  });
});
