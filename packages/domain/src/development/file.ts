import { addMonths, addYears, type CalendarDate } from '../time/calendarDate.js';
import { DEV_RULES, type DevRuleVersion, type DevStage, type NoticeStage } from './steps.js';

/** The facts of one development file the pure checks read (records as stored, dates China time). */
export interface DevStepData {
  /** 15 and 23: 应到会有表决权的正式党员, 实到会, 会前书面意见, 赞成 (incl. written), 不赞成, 弃权 */
  expected?: number;
  present?: number;
  writtenOpinions?: number;
  yes?: number;
  no?: number;
  abstain?: number;
  /** 5: 培养联系人; 9: 入党介绍人 */
  personIds?: string[];
  /** 10 政审 / 13 预审 */
  result?: 'passed' | 'failed';
  /** 11 集中培训 */
  trainingDays?: number;
  trainingHours?: number;
  /** 11: the special case allowed without training (with its approval document) */
  trainingException?: string;
  /** 17: approved or not; 23/24: confirm, extend or cancel */
  outcome?: 'approved' | 'rejected' | 'confirm' | 'extend' | 'cancel';
  extensionMonths?: number;
  /** 17/24 past the normal window: the special circumstances (R-DEV-11) */
  specialNote?: string;
  /** 19: the group joined (name) */
  groupName?: string;
}

export interface DevStepRecord {
  id?: string;
  step: number;
  doneOn: CalendarDate;
  data: DevStepData;
}

export type EvaluationKind = 'memberRecommendation' | 'leagueRecommendation' | 'massEvaluation' | 'memberEvaluation';
export const EVALUATION_LABELS: Record<EvaluationKind, string> = {
  memberRecommendation: '党员推荐',
  leagueRecommendation: '群团组织推优',
  massEvaluation: '群众评议',
  memberEvaluation: '党员评议',
};

export interface DevEvaluation {
  kind: EvaluationKind;
  heldOn: CalendarDate;
  participantCount: number;
  favourableCount: number;
  generalCount?: number | null;
  poorCount?: number | null;
  abstainCount?: number | null;
}

export interface DevNotice {
  stage: NoticeStage;
  startOn: CalendarDate;
  endOn: CalendarDate;
  outcome: 'noObjection' | 'objectionCleared' | 'objectionUpheld' | null;
}

export interface DevFile {
  ruleVersion: DevRuleVersion;
  status: 'open' | 'confirmed' | 'stopped';
  birthDate: CalendarDate | null;
  plannedDepartureOn: CalendarDate | null;
  /** in the order recorded (each later one checked against those before) */
  steps: DevStepRecord[];
  evaluations: DevEvaluation[];
  notices: DevNotice[];
}

/** The steps in date order (stable on the step number for the same day). */
export const orderedSteps = (f: Pick<DevFile, 'steps'>): DevStepRecord[] => [...f.steps].sort((a, b) => (a.doneOn < b.doneOn ? -1 : a.doneOn > b.doneOn ? 1 : a.step - b.step));

/** The last record of a step (steps 6, 21–24 may repeat). */
export function lastStep(f: Pick<DevFile, 'steps'>, no: number): DevStepRecord | undefined {
  let out: DevStepRecord | undefined;
  for (const s of f.steps) if (s.step === no && (!out || s.doneOn >= out.doneOn)) out = s;
  return out;
}
export const firstStep = (f: Pick<DevFile, 'steps'>, no: number): DevStepRecord | undefined => orderedSteps(f).find((s) => s.step === no);

/** The 转正 approvals (24) that extended the probation. */
export const extensionsOf = (f: Pick<DevFile, 'steps'>) => f.steps.filter((s) => s.step === 24 && s.data.outcome === 'extend');

/** The steps after the last extension (a second round of 21–24), or all of them. */
function currentRound(f: Pick<DevFile, 'steps'>): DevStepRecord[] {
  const ord = orderedSteps(f);
  let cut = -1;
  ord.forEach((s, i) => {
    if (s.step === 24 && s.data.outcome === 'extend') cut = i;
  });
  return ord.slice(cut + 1);
}

/**
 * The steps that may be recorded next (R-DEV-3): in order, steps 6 and 21 repeating, 9–11 in any order after 8 and
 * all before 12; after an extension (24: 延长预备期) 21–24 again; nothing after 25, a refusal or a cancellation.
 */
export function nextSteps(f: Pick<DevFile, 'steps' | 'status'>): number[] {
  if (f.status !== 'open') return [];
  const round = currentRound(f);
  const extended = extensionsOf(f).length > 0;
  const has = (n: number) => (extended && n < 21 ? f.steps.some((s) => s.step === n) : round.some((s) => s.step === n));
  const refused = f.steps.some((s) => s.step === 17 && s.data.outcome === 'rejected') || f.steps.some((s) => s.step === 24 && s.data.outcome === 'cancel');
  if (refused) return [];
  for (const n of [1, 2, 3, 4, 5]) if (!has(n)) return [n];
  if (!has(6)) return [6];
  if (!has(7)) return [6, 7];
  if (!has(8)) return [8];
  const mid = [9, 10, 11].filter((n) => !has(n));
  if (mid.length) return mid;
  for (const n of [12, 13, 14, 15, 16, 17, 18, 19, 20]) if (!has(n)) return [n];
  if (!has(21)) return [21];
  if (!has(22)) return [21, 22];
  for (const n of [23, 24, 25]) if (!has(n)) return [n];
  return [];
}

/** The stage a file is at: the stage of its next step (or 5 when done). */
export function stageOf(f: Pick<DevFile, 'steps' | 'status' | 'ruleVersion'>): DevStage {
  const next = nextSteps(f)[0];
  const last = orderedSteps(f).at(-1);
  const no = next ?? last?.step ?? 1;
  return DEV_RULES[f.ruleVersion].steps.find((s) => s.no === no)?.stage ?? 1;
}

/** R-DEV-12: the probation runs from the admission meeting (15) for a year, plus the extension if extended. */
export function probationOf(f: Pick<DevFile, 'steps' | 'ruleVersion'>): { start: CalendarDate; end: CalendarDate } | null {
  const meeting = lastStep(f, 15);
  const approval = lastStep(f, 17);
  if (!meeting || !approval || approval.data.outcome !== 'approved') return null;
  let end = addYears(meeting.doneOn, DEV_RULES[f.ruleVersion].limits.probationYears);
  for (const e of extensionsOf(f)) end = addMonths(end, e.data.extensionMonths ?? 0);
  return { start: meeting.doneOn, end };
}
