import { describe, expect, it } from 'vitest';
import type { FindingStatus, Severity } from '../check/finding.js';
import { DEFAULT_GRADES } from './scheme.js';
import { gradeOf, MAX_REASON_LINES, rankBranches, scoreFromFindings, scoreProblems, totals } from './scoring.js';

type F = { status: FindingStatus; severity: Severity; period: string; message: string; subject?: { kind: 'member'; id: string; name: string } };
const f = (status: FindingStatus, period = '2026-03', message = '本月未开展主题党日', severity: Severity = 'violation', subject?: string): F => ({
  status,
  severity,
  period,
  message,
  ...(subject ? { subject: { kind: 'member' as const, id: subject, name: subject } } : {}),
});
const many = (status: FindingStatus, n: number) => Array.from({ length: n }, (_, i) => f(status, `2026-${String(i + 1).padStart(2, '0')}`));

describe('scoreFromFindings', () => {
  it('full points when every judged finding is met, or when nothing is judged yet', () => {
    expect(scoreFromFindings(3.5, many('met', 12))).toEqual({ score: 3.5, met: 12, judged: 12, reasons: [] });
    expect(scoreFromFindings(3.5, [])).toEqual({ score: 3.5, met: 0, judged: 0, reasons: [] });
    // dueSoon, pending and notApplicable are not judged
    expect(scoreFromFindings(4, [f('pending'), f('dueSoon'), f('notApplicable')])).toEqual({ score: 4, met: 0, judged: 0, reasons: [] });
  });

  it('points × met / judged, missing data counting as unmet, rounded half up to 0.1', () => {
    // LIFE-5 over a year: 11 of 12 months → 40 × 11/12 = 36.666… → 36.7
    expect(scoreFromFindings(40, [...many('met', 11), f('unmet', '2026-12')]).score).toBe(36.7);
    // 3 met, 1 missing data → 4 × 3/4 = 3
    expect(scoreFromFindings(4, [...many('met', 3), f('missingData')])).toMatchObject({ score: 3, met: 3, judged: 4 });
    // exact halves go up: 1 × 1/4 = 0.25 → 0.3; 1.5 × 1/4 = 0.375 → 0.4; 2.5 × 1/4 = 0.625 → 0.6
    expect(scoreFromFindings(1, [f('met'), f('unmet'), f('unmet'), f('unmet')]).score).toBe(0.3);
    expect(scoreFromFindings(1.5, [f('met'), f('unmet'), f('unmet'), f('unmet')]).score).toBe(0.4);
    expect(scoreFromFindings(2.5, [f('met'), f('unmet'), f('unmet'), f('unmet')]).score).toBe(0.6);
    // 10 × 1/3 = 3.33 → 3.3; 10 × 2/3 = 6.67 → 6.7; nothing met → 0
    expect(scoreFromFindings(10, [f('met'), f('unmet'), f('unmet')]).score).toBe(3.3);
    expect(scoreFromFindings(10, [f('met'), f('met'), f('unmet')]).score).toBe(6.7);
    expect(scoreFromFindings(10, [f('unmet'), f('missingData')]).score).toBe(0);
  });

  it('advisories never cost points', () => {
    expect(scoreFromFindings(4, [f('met'), f('unmet', '2026', '人数偏多', 'advisory')])).toEqual({ score: 4, met: 1, judged: 1, reasons: [] });
  });

  it('one reason line per unmet finding: period, subject when the message lacks it, message', () => {
    const r = scoreFromFindings(4, [f('met'), f('unmet', '2026-03'), f('missingData', '2026-04', '缺少会议记录'), f('unmet', '2026', '超过6个月未交纳党费', 'violation', '钱七'), f('unmet', '2026', '钱七超过6个月未过组织生活', 'violation', '钱七')]);
    expect(r.reasons).toEqual(['2026-03 本月未开展主题党日', '2026-04（缺少数据） 缺少会议记录', '2026 钱七：超过6个月未交纳党费', '2026 钱七超过6个月未过组织生活']);
    expect(r.score).toBe(0.8);
  });

  it('caps the reasons at ten lines and counts the rest', () => {
    const r = scoreFromFindings(5, many('unmet', 12));
    expect(r.reasons).toHaveLength(MAX_REASON_LINES + 1);
    expect(r.reasons[0]).toBe('2026-01 本月未开展主题党日');
    expect(r.reasons.at(-1)).toBe('等12项不符合');
    expect(scoreFromFindings(5, many('unmet', 10)).reasons).toHaveLength(10);
  });
});

describe('scoreProblems', () => {
  it('a score above the points, below zero, or with more than one decimal is refused', () => {
    expect(scoreProblems(10.5, 10, '')).toEqual(['得分不能超过该项分值（10分）']);
    expect(scoreProblems(4, 3.5, '理由')).toEqual(['得分不能超过该项分值（3.5分）']);
    expect(scoreProblems(-1, 10, '理由')).toEqual(['得分不能为负']);
    expect(scoreProblems(2.25, 10, '理由')).toEqual(['得分最多保留一位小数']);
  });
  it('a deduction needs its reason; full points need none', () => {
    expect(scoreProblems(8, 10, '')).toEqual(['扣分须写明理由']);
    expect(scoreProblems(8, 10, '   ')).toEqual(['扣分须写明理由']);
    expect(scoreProblems(8, 10, null)).toEqual(['扣分须写明理由']);
    expect(scoreProblems(8, 10, '宣传栏未更新')).toEqual([]);
    expect(scoreProblems(10, 10, '')).toEqual([]);
    expect(scoreProblems(0, 10, '无活动室')).toEqual([]);
    expect(scoreProblems(0.3, 0.3, '')).toEqual([]);
    // a branch's own score may go without a note
    expect(scoreProblems(8, 10, '', { noteRequired: false })).toEqual([]);
    expect(scoreProblems(11, 10, '', { noteRequired: false })).toEqual(['得分不能超过该项分值（10分）']);
  });
});

describe('gradeOf', () => {
  it('the first band reached, best first', () => {
    expect(gradeOf(100, DEFAULT_GRADES)).toBe('好');
    expect(gradeOf(90, DEFAULT_GRADES)).toBe('好');
    expect(gradeOf(89.9, DEFAULT_GRADES)).toBe('较好');
    expect(gradeOf(80, DEFAULT_GRADES)).toBe('较好');
    expect(gradeOf(60, DEFAULT_GRADES)).toBe('一般');
    expect(gradeOf(59.9, DEFAULT_GRADES)).toBe('差');
    expect(gradeOf(0, DEFAULT_GRADES)).toBe('差');
    // floating sums that print as the band's minimum reach it
    expect(gradeOf(0.1 + 0.2 + 89.7, DEFAULT_GRADES)).toBe('好');
    expect(gradeOf(5, [{ grade: '优秀', min: 10 }])).toBe('优秀');
    expect(() => gradeOf(5, [])).toThrow();
  });
});

describe('rankBranches', () => {
  it('competition ranking: ties share a rank, the next rank skips; ties ordered by name', () => {
    const r = rankBranches([
      { name: '乙', total: 80 },
      { name: '甲', total: 95 },
      { name: '丙', total: 80 },
      { name: '丁', total: 70 },
      { name: '戊', total: 70 },
      { name: '己', total: 60.1 },
    ]);
    expect(r.map((x) => `${x.rank} ${x.name}`)).toEqual(['1 甲', '2 丙', '2 乙', '4 丁', '4 戊', '6 己']);
    expect(rankBranches([])).toEqual([]);
    expect(rankBranches([{ name: '甲', total: 0.1 + 0.2 }, { name: '乙', total: 0.3 }]).map((x) => x.rank)).toEqual([1, 1]);
  });
});

describe('a test scheme computed by hand', () => {
  /*
   * Scheme (100 points, default grades 好 ≥ 90, 较好 ≥ 80, 一般 ≥ 60, 差):
   *   I1 ORG-2  findings 10    I2 LIFE-5 findings 40    I3 VEN-1 assessor 20    I4 ROLE-1 assessor 30
   *
   * Branch  I1 findings (met/judged)  I2 findings (met/judged)          I3    I4     total   grade  rank
   * 甲       4/4 → 10                  11/12 → 40×11/12=36.67 → 36.7    20    28.5   95.2    好      1
   * 乙       3/4 → 7.5                 9/12 → 30                        15    30     82.5    较好    2
   * 丙       0/0 (pending) → 10        8/10 (1 unmet, 1 missing, 2      17.5  23     82.5    较好    2
   *                                     pending) → 32
   * 丁       1/3 → 3.33 → 3.3          5/12 → 16.67 → 16.7              0     10     30      差      4
   *
   * Display order: 甲, then 丙 before 乙 (the tie by name: bǐng before yǐ), then 丁.
   */
  const items = [
    { id: 'I1', standard: 'ORG', points: 10 },
    { id: 'I2', standard: 'LIFE', points: 40 },
    { id: 'I3', standard: 'VEN', points: 20 },
    { id: 'I4', standard: 'ROLE', points: 30 },
  ];
  const mix = (met: number, unmet: number, missing = 0, pending = 0) => [...many('met', met), ...many('unmet', unmet), ...many('missingData', missing), ...many('pending', pending)];
  const branches = [
    { name: '甲', i1: mix(4, 0), i2: mix(11, 1), i3: 20, i4: 28.5 },
    { name: '乙', i1: mix(3, 1), i2: mix(9, 3), i3: 15, i4: 30 },
    { name: '丙', i1: mix(0, 0, 0, 4), i2: mix(8, 1, 1, 2), i3: 17.5, i4: 23 },
    { name: '丁', i1: mix(1, 2), i2: mix(5, 7), i3: 0, i4: 10 },
  ];

  it('gives the totals, grades and ranks of the table', () => {
    const rows = branches.map((b) => {
      const scores = new Map<string, number | null>([
        ['I1', scoreFromFindings(10, b.i1).score],
        ['I2', scoreFromFindings(40, b.i2).score],
        ['I3', b.i3],
        ['I4', b.i4],
      ]);
      const t = totals(items, scores);
      return { name: b.name, total: t.total, grade: gradeOf(t.total, DEFAULT_GRADES), i1: scores.get('I1'), i2: scores.get('I2') };
    });
    expect(rows.map((r) => [r.name, r.i1, r.i2])).toEqual([
      ['甲', 10, 36.7],
      ['乙', 7.5, 30],
      ['丙', 10, 32],
      ['丁', 3.3, 16.7],
    ]);
    expect(rankBranches(rows).map((r) => [r.rank, r.name, r.total, r.grade])).toEqual([
      [1, '甲', 95.2, '好'],
      [2, '丙', 82.5, '较好'],
      [2, '乙', 82.5, '较好'],
      [4, '丁', 30, '差'],
    ]);
  });

  it('totals by standard, and the items not yet scored', () => {
    const t = totals(items, new Map([['I1', 7.5], ['I2', 30], ['I3', null]]));
    expect(t).toEqual({
      total: 37.5,
      points: 100,
      byStandard: [
        { standard: 'ORG', points: 10, score: 7.5 },
        { standard: 'LIFE', points: 40, score: 30 },
        { standard: 'VEN', points: 20, score: 0 },
        { standard: 'ROLE', points: 30, score: 0 },
      ],
      missing: ['I3', 'I4'],
    });
    // tenths add exactly
    expect(totals([{ id: 'a', standard: 'X', points: 0.1 }, { id: 'b', standard: 'X', points: 0.2 }], new Map([['a', 0.1], ['b', 0.2]])).total).toBe(0.3);
  });
});
