import type { AppraisalStep } from '../check/facts.js';

/**
 * 民主评议党员 (R-EVAL-1, R-EVAL-2; forms.md §4): 个人自评 → 党员互评 → 民主测评 → 组织评定, one step at a time.
 * Pure rules: what blocks the next step, how many may be 优秀, and whether counted or cast votes add up.
 */
export const APPRAISAL_STEP_ORDER: readonly AppraisalStep[] = ['selfReview', 'peerReview', 'ballot', 'grading', 'done'];
const STEP_LABEL: Record<AppraisalStep, string> = { selfReview: '个人自评', peerReview: '党员互评', ballot: '民主测评', grading: '组织评定', done: '已完成' };

export type AppraisalGradeCode = 'excellent' | 'qualified' | 'basic' | 'unqualified';
export const APPRAISAL_GRADE_ORDER: readonly AppraisalGradeCode[] = ['excellent', 'qualified', 'basic', 'unqualified'];
const GRADE_LABEL: Record<AppraisalGradeCode, string> = { excellent: '优秀', qualified: '合格', basic: '基本合格', unqualified: '不合格' };

export type TallyCounts = Record<AppraisalGradeCode, number>;

/** R-EVAL-2 default: 优秀 at most a third of those graded. */
export const EXCELLENT_SHARE = 1 / 3;

export interface AppraisalMemberState {
  personId: string;
  name: string;
  /** 正式党员 are graded; 预备党员 take part but get no grade (R-EVAL-2) */
  graded: boolean;
  selfReview: string | null;
  grade: AppraisalGradeCode | null;
}

export interface AppraisalState {
  step: AppraisalStep;
  ballotMode: 'paper' | 'online';
  ballotOpen: boolean;
  peerReviewedOn: string | null;
  ballotedOn: string | null;
  ballotsIssued: number | null;
  members: AppraisalMemberState[];
}

/** How many may be graded 优秀: the share of those graded, rounded down (3 graded → 1, 2 graded → 0). */
export function excellentMax(gradedCount: number, share: number = EXCELLENT_SHARE): number {
  // the epsilon keeps 6 × (1/3) from flooring to 1.999… → 1
  return Math.max(0, Math.floor(gradedCount * share + 1e-9));
}

export const nextAppraisalStep = (step: AppraisalStep): AppraisalStep | null => APPRAISAL_STEP_ORDER[APPRAISAL_STEP_ORDER.indexOf(step) + 1] ?? null;

export const appraisalStepLabel = (step: AppraisalStep): string => STEP_LABEL[step];
export const gradeLabel = (grade: AppraisalGradeCode): string => GRADE_LABEL[grade];

/** What stops the appraisal from moving on to its next step (empty when it may; at 'done' there is none to move to). */
export function stepBlockers(a: AppraisalState, share: number = EXCELLENT_SHARE): string[] {
  switch (a.step) {
    case 'selfReview': {
      if (a.members.length === 0) return ['参加评议的党员名单为空'];
      const missing = a.members.filter((m) => !m.selfReview?.trim()).map((m) => m.name);
      return missing.length ? [`以下党员尚未填写个人自评：${missing.join('、')}`] : [];
    }
    case 'peerReview':
      return a.peerReviewedOn ? [] : ['尚未登记党员互评（互评日期）'];
    case 'ballot':
      if (a.ballotMode === 'paper') return a.ballotedOn && a.ballotsIssued !== null ? [] : ['尚未录入民主测评计票结果'];
      if (a.ballotOpen) return ['线上民主测评尚未结束（请先结束投票）'];
      return a.ballotedOn ? [] : ['线上民主测评尚未开始'];
    case 'grading': {
      const out: string[] = [];
      const graded = a.members.filter((m) => m.graded);
      const missing = graded.filter((m) => !m.grade).map((m) => m.name);
      if (missing.length) out.push(`以下党员尚未评定等次：${missing.join('、')}`);
      const max = excellentMax(graded.length, share);
      const excellent = graded.filter((m) => m.grade === 'excellent').length;
      if (excellent > max) out.push(excellentMessage(excellent, graded.length, max));
      return out;
    }
    case 'done':
      return [];
  }
}

/** Why the appraisal may not move to `to` now: one step forward at a time, and only when nothing blocks it. */
export function advanceProblems(a: AppraisalState, to: AppraisalStep, share: number = EXCELLENT_SHARE): string[] {
  const next = nextAppraisalStep(a.step);
  if (next === null) return ['民主评议已完成，不能再变更步骤'];
  if (to !== next) {
    const back = APPRAISAL_STEP_ORDER.indexOf(to) <= APPRAISAL_STEP_ORDER.indexOf(a.step);
    return [`${back ? '不能退回' : '不能跳过步骤'}：当前为「${STEP_LABEL[a.step]}」，只能进入下一步「${STEP_LABEL[next]}」`];
  }
  return stepBlockers(a, share);
}

export const excellentMessage = (excellent: number, graded: number, max: number): string =>
  `评为"优秀"的不能超过参加评定等次党员的三分之一：共${graded}人参加评定，至多${max}人为优秀，现为${excellent}人`;

export interface TallyEntry {
  personId: string;
  excellent: number;
  qualified: number;
  basic: number;
  unqualified: number;
}

/**
 * Paper ballots counted (民主测评汇总): every graded member's four counts once, each member's total at most the
 * ballots returned, returned at most issued, issued at most the 党员 taking part.
 */
export function tallyProblems(input: { ballotsIssued: number; ballotsReturned: number; entries: TallyEntry[] }, members: readonly AppraisalMemberState[]): string[] {
  const out: string[] = [];
  const byId = new Map(members.map((m) => [m.personId, m]));
  if (input.ballotsIssued > members.length) out.push(`发出票数（${input.ballotsIssued}）不能多于参加评议的党员人数（${members.length}）`);
  if (input.ballotsReturned > input.ballotsIssued) out.push(`收回票数（${input.ballotsReturned}）不能多于发出票数（${input.ballotsIssued}）`);
  const seen = new Set<string>();
  for (const e of input.entries) {
    const m = byId.get(e.personId);
    if (!m) {
      out.push('计票结果中有不在本次评议名单内的人员');
      continue;
    }
    if (seen.has(e.personId)) out.push(`${m.name}的计票结果重复`);
    seen.add(e.personId);
    const sum = e.excellent + e.qualified + e.basic + e.unqualified;
    if (!m.graded && sum > 0) out.push(`${m.name}是预备党员，不评定等次，不应有得票`);
    if (sum > input.ballotsReturned) out.push(`${m.name}的得票合计（${sum}）多于收回票数（${input.ballotsReturned}）`);
  }
  const missing = members.filter((m) => m.graded && !seen.has(m.personId)).map((m) => m.name);
  if (missing.length) out.push(`缺少以下党员的计票结果：${missing.join('、')}`);
  return out;
}

/** One online ballot: at most one grade per member, only members of the appraisal, and only those graded. */
export function ballotProblems(votes: readonly { personId: string; grade: AppraisalGradeCode }[], members: readonly AppraisalMemberState[]): string[] {
  const out: string[] = [];
  const byId = new Map(members.map((m) => [m.personId, m]));
  const seen = new Set<string>();
  for (const v of votes) {
    const m = byId.get(v.personId);
    if (!m) {
      out.push('选票中有不在本次评议名单内的人员');
      continue;
    }
    if (seen.has(v.personId)) out.push(`对${m.name}只能选择一个等次`);
    seen.add(v.personId);
    if (!m.graded) out.push(`${m.name}是预备党员，不评定等次`);
  }
  return out;
}

/** Adds one ballot to the running tallies (a member left out of the ballot is an abstention). */
export function addBallot(tallies: ReadonlyMap<string, TallyCounts>, votes: readonly { personId: string; grade: AppraisalGradeCode }[]): Map<string, TallyCounts> {
  const out = new Map([...tallies].map(([k, t]) => [k, { ...t }]));
  for (const v of votes) {
    const t = out.get(v.personId) ?? { excellent: 0, qualified: 0, basic: 0, unqualified: 0 };
    t[v.grade] += 1;
    out.set(v.personId, t);
  }
  return out;
}

/**
 * 组织评定 (R-EVAL-2): graded members get a grade (or none yet), 预备党员 none; the 优秀 of the grades after the change
 * at most the share of those graded.
 */
export function gradeProblems(
  entries: readonly { personId: string; grade: AppraisalGradeCode | null }[],
  members: readonly AppraisalMemberState[],
  share: number = EXCELLENT_SHARE,
): string[] {
  const out: string[] = [];
  const byId = new Map(members.map((m) => [m.personId, m]));
  const seen = new Set<string>();
  const after = new Map(members.map((m) => [m.personId, m.grade]));
  for (const e of entries) {
    const m = byId.get(e.personId);
    if (!m) {
      out.push('评定结果中有不在本次评议名单内的人员');
      continue;
    }
    if (seen.has(e.personId)) out.push(`${m.name}的评定结果重复`);
    seen.add(e.personId);
    if (!m.graded && e.grade) out.push(`${m.name}是预备党员，参加评议但不评定等次`);
    after.set(e.personId, e.grade);
  }
  const graded = members.filter((m) => m.graded);
  const excellent = graded.filter((m) => after.get(m.personId) === 'excellent').length;
  const max = excellentMax(graded.length, share);
  if (excellent > max) out.push(excellentMessage(excellent, graded.length, max));
  return out;
}
