import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { type AssessmentStandard, ASSESSMENT_GUIDANCE, DEFAULT_GRADES, defaultScheme, FINDINGS_CLAUSES, fmtPoints, schemeProblems, splitPoints, standardOfClause } from './scheme.js';

const sum = (xs: readonly number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 10) / 10;

describe('splitPoints', () => {
  it('splits in half points that add up exactly, the larger shares first', () => {
    expect(splitPoints(15, 4)).toEqual([4, 4, 3.5, 3.5]);
    expect(splitPoints(30, 9)).toEqual([3.5, 3.5, 3.5, 3.5, 3.5, 3.5, 3, 3, 3]);
    expect(splitPoints(10, 8)).toEqual([1.5, 1.5, 1.5, 1.5, 1, 1, 1, 1]);
    expect(splitPoints(5, 3)).toEqual([2, 1.5, 1.5]);
    expect(splitPoints(20, 5)).toEqual([4, 4, 4, 4, 4]);
    expect(splitPoints(5, 2)).toEqual([2.5, 2.5]);
    expect(splitPoints(5, 0)).toEqual([]);
    for (const [p, n] of [[15, 4], [30, 9], [10, 8], [5, 3], [7, 6], [1, 3]] as const) {
      const parts = splitPoints(p, n);
      expect(sum(parts)).toBe(p);
      for (const x of parts) expect(x * 2).toBe(Math.round(x * 2));
    }
  });
});

describe('defaultScheme', () => {
  const s = defaultScheme(2026);

  it('covers every clause of the six standards plus REQ-1 and REQ-2, 100 points', () => {
    expect(s.title).toBe('2026年度党支部标准化建设检查考核');
    expect(s.items.map((i) => i.clause)).toEqual([
      'ORG-1', 'ORG-2', 'ORG-3', 'ORG-4',
      'LIFE-1', 'LIFE-2', 'LIFE-3', 'LIFE-4', 'LIFE-5', 'LIFE-6', 'LIFE-7', 'LIFE-8', 'LIFE-9',
      'MEM-1', 'MEM-2', 'MEM-3', 'MEM-4', 'MEM-5',
      'LED-1', 'LED-2', 'LED-3', 'LED-4', 'LED-5', 'LED-6', 'LED-7', 'LED-8',
      'VEN-1', 'VEN-2', 'VEN-3',
      'ROLE-1', 'ROLE-2', 'ROLE-3', 'ROLE-4', 'ROLE-5',
      'REQ-1', 'REQ-2',
    ]);
    expect(sum(s.items.map((i) => i.points))).toBe(100);
    const per = (std: string) => sum(s.items.filter((i) => i.standard === std).map((i) => i.points));
    expect([per('ORG'), per('LIFE'), per('MEM'), per('LED'), per('VEN'), per('ROLE'), per('REQ')]).toEqual([15, 30, 20, 10, 5, 15, 5]);
    for (const i of s.items) expect(standardOfClause(i.clause)).toBe(i.standard);
  });

  it('scores from findings where the check has binding rules, else by assessors, with the guidance of each', () => {
    // findings exactly where the check has a binding branch rule for the clause (the rule set grows with the issues)
    const binding = new Set(RULES.filter((r) => r.severity === 'violation' && r.scope === 'branch').map((r) => r.clause));
    for (const i of s.items) expect(i.method, i.clause).toBe(binding.has(i.clause) ? 'findings' : 'assessor');
    const findings = s.items.filter((i) => i.method === 'findings').map((i) => i.clause);
    for (const c of ['ORG-1', 'ORG-2', 'ORG-3', 'ORG-4', 'LIFE-1', 'LIFE-5', 'LIFE-9', 'MEM-1', 'MEM-3', 'MEM-4', 'LED-1', 'VEN-3']) expect(findings).toContain(c);
    for (const c of ['MEM-2', 'VEN-1', 'VEN-2', 'ROLE-1', 'ROLE-2', 'ROLE-3', 'ROLE-4', 'ROLE-5', 'REQ-1', 'REQ-2']) expect(findings).not.toContain(c);
    // MEM-2 has only advisory rules, VEN-1/VEN-2 are ◐ (ticked and confirmed), ROLE and REQ have no rules
    expect(FINDINGS_CLAUSES.has('MEM-2')).toBe(false);
    expect(FINDINGS_CLAUSES.has('VEN-1')).toBe(false);
    expect(s.items.find((i) => i.clause === 'LIFE-5')).toMatchObject({ title: '主题党日', points: 3.5, method: 'findings', guidance: ASSESSMENT_GUIDANCE.findings });
    expect(s.items.find((i) => i.clause === 'ROLE-3')).toMatchObject({ title: '领导基层治理', points: 3, method: 'assessor', guidance: '考核人员对照标准评分，扣分写明理由' });
    expect(s.items.find((i) => i.clause === 'VEN-1')).toMatchObject({ points: 2, method: 'assessor', guidance: '考核人员对照标准评分，扣分写明理由；一牌一旗二板由支部打勾并附照片，考核人员在“活动阵地”页面查看照片并确认' });
  });

  it('grades 好 ≥ 90, 较好 ≥ 80, 一般 ≥ 60, 差; a fresh copy each time', () => {
    expect(s.grades).toEqual([
      { grade: '好', min: 90 },
      { grade: '较好', min: 80 },
      { grade: '一般', min: 60 },
      { grade: '差', min: 0 },
    ]);
    s.grades[0]!.min = 1;
    expect(DEFAULT_GRADES[0]!.min).toBe(90);
    expect(schemeProblems(defaultScheme(2026))).toEqual([]);
  });
});

describe('schemeProblems', () => {
  const item = (clause: string, standard: AssessmentStandard = (standardOfClause(clause) ?? 'ORG'), method: 'findings' | 'assessor' = 'assessor', points = 5) => ({ clause, standard, method, points });
  const grades = DEFAULT_GRADES;

  it('refuses an unknown clause, a clause of another standard, REQ-4, and findings scoring without rules', () => {
    expect(schemeProblems({ items: [item('ORG-9')], grades })).toEqual(['条款「ORG-9」不存在']);
    expect(schemeProblems({ items: [item('LIFE-5', 'ORG')], grades })).toEqual(['条款「LIFE-5」不属于所选标准']);
    expect(schemeProblems({ items: [item('REQ-4')], grades })).toEqual(['REQ-4 是检查考核本身，不能作为考核指标']);
    expect(schemeProblems({ items: [item('ROLE-1', 'ROLE', 'findings')], grades })).toEqual(['条款「ROLE-1」没有达标检查规则，只能由考核人员评分']);
    expect(schemeProblems({ items: [item('LIFE-5', 'LIFE', 'findings'), item('REQ-3')], grades })).toEqual([]);
    expect(schemeProblems({ items: [item('LIFE-5', 'LIFE', 'assessor', 0)], grades })).toEqual(['条款「LIFE-5」的分值应大于0']);
  });

  it('grade bands run best first, strictly falling to 0, each named once', () => {
    const items = [item('ROLE-1')];
    expect(schemeProblems({ items, grades: [{ grade: '合格', min: 0 }] })).toEqual([]);
    expect(schemeProblems({ items, grades: [] })).toEqual(['至少一个等次']);
    expect(schemeProblems({ items, grades: [{ grade: '好', min: 60 }, { grade: '差', min: 80 }, { grade: '差', min: 0 }] })).toEqual(['等次名称不能重复', '等次应从高到低排列，分数线依次降低']);
    expect(schemeProblems({ items, grades: [{ grade: '好', min: 90 }, { grade: '差', min: 10 }] })).toEqual(['最低等次的分数线应为0']);
  });

  it('fmtPoints writes points as people do', () => {
    expect([fmtPoints(10), fmtPoints(3.5), fmtPoints(0.30000000000000004)]).toEqual(['10', '3.5', '0.3']);
  });
});
