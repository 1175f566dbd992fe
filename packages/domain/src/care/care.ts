import { isBranchOfficer, isOrganAdmin, type Viewer } from '../access/roles.js';
import type { CalendarDate } from '../time/calendarDate.js';

/** Care for members in difficulty (困难党员, MEM-5) and their education (MEM-2): pure rules, no I/O. */

export const HARDSHIP_KINDS = ['illness', 'financial', 'disaster', 'family', 'elderly', 'other'] as const;
export type HardshipKind = (typeof HARDSHIP_KINDS)[number];
export const HARDSHIP_KIND_LABELS: Record<HardshipKind, string> = {
  illness: '疾病',
  financial: '经济困难',
  disaster: '受灾',
  family: '家庭变故',
  elderly: '年老体弱',
  other: '其他',
};

export const CARE_VISIT_KINDS = ['visit', 'greeting', 'aid'] as const;
export type CareVisitKind = (typeof CARE_VISIT_KINDS)[number];
export const CARE_VISIT_KIND_LABELS: Record<CareVisitKind, string> = { visit: '走访', greeting: '慰问', aid: '帮扶救助' };

/**
 * contracts §4 "hardship details": the organ admin, the branch's committee (书记, 组织委员 and the other 支委) and
 * the member themself; a 党小组长 or another member never, not even that the member is in difficulty.
 */
export const readsBranchHardships = (v: Viewer, branchId: string): boolean => isOrganAdmin(v) || isBranchOfficer(v, branchId);
export const canSeeHardship = (v: Viewer, h: { branchId: string; personId: string }): boolean =>
  readsBranchHardships(v, h.branchId) || (!!v.personId && v.personId === h.personId);

/** In difficulty at some time of [from, to]. */
export const inDifficultyDuring = (h: { sinceOn: CalendarDate; resolvedOn: CalendarDate | null }, from: CalendarDate, to: CalendarDate): boolean =>
  h.sinceOn <= to && (h.resolvedOn === null || h.resolvedOn >= from);

/** Why a hardship record is refused (empty when fine). */
export function hardshipProblems(h: { sinceOn: CalendarDate; resolvedOn: CalendarDate | null; details: string }, today: CalendarDate): string[] {
  const out: string[] = [];
  if (h.details.trim().length < 2) out.push('请填写困难情况');
  if (h.sinceOn > today) out.push('困难开始日期不能晚于今天');
  if (h.resolvedOn !== null && h.resolvedOn < h.sinceOn) out.push('解决日期不能早于困难开始日期');
  if (h.resolvedOn !== null && h.resolvedOn > today) out.push('解决日期不能晚于今天');
  return out;
}

/** Why a visit is refused (empty when fine): in the future, before the difficulty began, aid without an amount. */
export function careVisitProblems(
  v: { visitedOn: CalendarDate; kind: CareVisitKind; aidFen: number | null; visitors: string; description: string },
  h: { sinceOn: CalendarDate },
  today: CalendarDate,
): string[] {
  const out: string[] = [];
  if (v.visitedOn > today) out.push('走访日期不能晚于今天');
  if (v.visitedOn < h.sinceOn) out.push('走访日期不能早于困难开始日期');
  if (v.kind === 'aid' && !(v.aidFen && v.aidFen > 0)) out.push('帮扶救助请填写金额');
  if (v.aidFen !== null && (!Number.isInteger(v.aidFen) || v.aidFen < 0)) out.push('金额应为非负整数（单位：分）');
  if (v.visitors.trim().length < 2) out.push('请填写走访人');
  if (v.description.trim().length < 2) out.push('请填写走访情况');
  return out;
}

/** The meetings that count as a member's study (MEM-2): held, of these kinds, attended (出席). */
export const STUDY_MEETING_KINDS = ['partyLecture', 'themeDay', 'assembly', 'groupMeeting'] as const;
export const STUDY_FORMS = ['self', 'online', 'training', 'other'] as const;
export type StudyForm = (typeof STUDY_FORMS)[number];
export const STUDY_FORM_LABELS: Record<StudyForm, string> = { self: '自学', online: '网络学习', training: '参加培训', other: '其他' };

/** `15` tenths → `1.5`. */
export const hoursOfTenths = (t: number | null): number | null => (t === null ? null : t / 10);

/** Why a secretary training is refused (empty when fine). */
export function trainingProblems(t: { startOn: CalendarDate; endOn: CalendarDate }, today: CalendarDate): string[] {
  const out: string[] = [];
  if (t.endOn < t.startOn) out.push('结束日期不能早于开始日期');
  if (t.startOn > today) out.push('培训开始日期不能晚于今天');
  return out;
}
