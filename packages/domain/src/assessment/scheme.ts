import { CLAUSE_TITLES } from '../check/clauses.js';
import { RULES } from '../rules/index.js';

/**
 * 检查考核 (REQ-4, issue 7 §6): the scheme (指标) of a year's assessment of branches. The default covers every clause
 * of the six standards plus REQ-1 and REQ-2 (REQ-3 is guidance, REQ-4 is the assessment itself). An item is scored
 * from the year's findings where the standards check has binding rules for its clause, else by an assessor.
 * Pure, no I/O.
 */
export const ASSESSMENT_STANDARD_IDS = ['ORG', 'LIFE', 'MEM', 'LED', 'VEN', 'ROLE', 'REQ'] as const;
export type AssessmentStandard = (typeof ASSESSMENT_STANDARD_IDS)[number];
export type AssessmentMethod = 'findings' | 'assessor';

/** Points per standard in the default scheme: 100 in all. */
export const DEFAULT_STANDARD_POINTS: Record<AssessmentStandard, number> = { ORG: 15, LIFE: 30, MEM: 20, LED: 10, VEN: 5, ROLE: 15, REQ: 5 };

/** The clauses the default scheme leaves out: REQ-3 (○ guidance only) and REQ-4 (the assessment itself). */
export const NOT_ASSESSED_CLAUSES: readonly string[] = ['REQ-3', 'REQ-4'];

export const ASSESSMENT_GUIDANCE: Record<AssessmentMethod, string> = {
  findings: '本年度达标检查结果：符合的期次占应办期次的比例×分值',
  assessor: '考核人员对照标准评分，扣分写明理由',
};

/** What an assessor looks at for some ◐ clauses, after the method's guidance. */
export const CLAUSE_GUIDANCE: Readonly<Record<string, string>> = {
  'VEN-1': '；一牌一旗二板由支部打勾并附照片，考核人员在“活动阵地”页面查看照片并确认',
  'VEN-2': '；宣传栏由支部打勾并附照片，考核人员在“活动阵地”页面查看照片并确认',
};

export interface GradeBand {
  grade: string;
  min: number;
}
/** 好 ≥ 90, 较好 ≥ 80, 一般 ≥ 60, 差 below. */
export const DEFAULT_GRADES: readonly GradeBand[] = [
  { grade: '好', min: 90 },
  { grade: '较好', min: 80 },
  { grade: '一般', min: 60 },
  { grade: '差', min: 0 },
];

export interface SchemeItem {
  standard: AssessmentStandard;
  clause: string;
  title: string;
  guidance: string;
  points: number;
  method: AssessmentMethod;
}

/** The standard a clause belongs to ('LIFE-5' → 'LIFE'), or null for an unknown prefix. */
export function standardOfClause(clause: string): AssessmentStandard | null {
  const p = clause.split('-')[0] ?? '';
  return (ASSESSMENT_STANDARD_IDS as readonly string[]).includes(p) ? (p as AssessmentStandard) : null;
}

/** The clauses the standards check judges with binding (non-advisory) rules: these can be scored from findings. */
export const FINDINGS_CLAUSES: ReadonlySet<string> = new Set(RULES.filter((r) => r.severity === 'violation' && r.scope === 'branch').map((r) => r.clause));

const byNumber = (a: string, b: string) => Number(a.split('-')[1]) - Number(b.split('-')[1]);

/**
 * Splits a standard's points over n items in half points that add up exactly: each gets the same share rounded
 * down to a half point, and the first items one half point more until the remainder is used (15 over 4: 4, 4, 3.5, 3.5).
 */
export function splitPoints(points: number, n: number): number[] {
  if (n <= 0) return [];
  const halves = Math.round(points * 2);
  const base = Math.floor(halves / n);
  const extra = halves - base * n;
  return Array.from({ length: n }, (_, i) => (base + (i < extra ? 1 : 0)) / 2);
}

/** The default scheme of a year: every clause of ORG, LIFE, MEM, LED, VEN, ROLE and REQ-1, REQ-2, 100 points. */
export function defaultScheme(year: number): { title: string; items: SchemeItem[]; grades: GradeBand[] } {
  const items: SchemeItem[] = [];
  for (const standard of ASSESSMENT_STANDARD_IDS) {
    const clauses = Object.keys(CLAUSE_TITLES)
      .filter((c) => standardOfClause(c) === standard && !NOT_ASSESSED_CLAUSES.includes(c))
      .sort(byNumber);
    const points = splitPoints(DEFAULT_STANDARD_POINTS[standard], clauses.length);
    clauses.forEach((clause, i) => {
      const method: AssessmentMethod = FINDINGS_CLAUSES.has(clause) ? 'findings' : 'assessor';
      items.push({ standard, clause, title: CLAUSE_TITLES[clause]!, guidance: ASSESSMENT_GUIDANCE[method] + (CLAUSE_GUIDANCE[clause] ?? ''), points: points[i]!, method });
    });
  }
  return { title: `${year}年度党支部标准化建设检查考核`, items, grades: DEFAULT_GRADES.map((g) => ({ ...g })) };
}

/** Points as people write them: 10 → "10", 3.5 → "3.5". */
export const fmtPoints = (n: number): string => String(Math.round(n * 10) / 10);

/**
 * What is wrong with a scheme, in Chinese (empty when it is usable): each item's clause must exist and belong to its
 * standard (REQ-4 is the assessment itself), a findings item needs a clause the check judges, and the grade bands run
 * best first with strictly falling minimums down to 0, each named once.
 */
export function schemeProblems(scheme: { items: readonly Pick<SchemeItem, 'standard' | 'clause' | 'method' | 'points'>[]; grades: readonly GradeBand[] }): string[] {
  const out: string[] = [];
  for (const it of scheme.items) {
    if (!(it.clause in CLAUSE_TITLES)) out.push(`条款「${it.clause}」不存在`);
    else if (it.clause === 'REQ-4') out.push('REQ-4 是检查考核本身，不能作为考核指标');
    else if (standardOfClause(it.clause) !== it.standard) out.push(`条款「${it.clause}」不属于所选标准`);
    else if (it.method === 'findings' && !FINDINGS_CLAUSES.has(it.clause)) out.push(`条款「${it.clause}」没有达标检查规则，只能由考核人员评分`);
    if (!(it.points > 0)) out.push(`条款「${it.clause}」的分值应大于0`);
  }
  const g = scheme.grades;
  if (g.length === 0) out.push('至少一个等次');
  else {
    if (new Set(g.map((b) => b.grade)).size !== g.length) out.push('等次名称不能重复');
    for (let i = 1; i < g.length; i++) if (!(g[i]!.min < g[i - 1]!.min)) out.push('等次应从高到低排列，分数线依次降低');
    if (g[g.length - 1]!.min !== 0) out.push('最低等次的分数线应为0');
  }
  return [...new Set(out)];
}
