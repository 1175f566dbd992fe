import type { BranchRole } from '../access/roles.js';
import { addMonths, type CalendarDate } from '../time/calendarDate.js';

/** 党章 (2022) Art. 31 and the standard (ORG-3): a term of 3 to 5 years. */
export const TERM_YEARS = [3, 4, 5] as const;
/** 选举条例 Art. 3 (ORG-3): an extension needs approval and is at most one year in all. */
export const MAX_EXTENSION_MONTHS = 12;

export interface CommitteeDraft {
  kind: 'committee' | 'secretaryOnly';
  startOn: CalendarDate;
  termYears: number;
  members: readonly { personId: string; role: BranchRole }[];
}

export interface CommitteeContext {
  /** ids of the branch's 正式党员 on the start date (only they may be elected, R-ELECT-3) */
  fullMemberIds: ReadonlySet<string>;
  /** person id → name, for messages */
  names: ReadonlyMap<string, string>;
}

/**
 * Why a committee (or a single secretary) as entered cannot be saved: the hard limits only. Sizes the standard
 * merely prefers (odd, 3–5) are the rules' business, so an existing committee of 4 can be recorded and flagged.
 */
export function committeeProblems(d: CommitteeDraft, ctx: CommitteeContext): string[] {
  const out: string[] = [];
  if (!(TERM_YEARS as readonly number[]).includes(d.termYears)) out.push(`任期应为3至5年，不能是${d.termYears}年`);
  if (d.members.length === 0) out.push('请填写委员会成员');
  const seen = new Set<string>();
  for (const m of d.members) {
    const name = ctx.names.get(m.personId) ?? '该人员';
    if (seen.has(m.personId)) out.push(`${name}重复出现`);
    seen.add(m.personId);
    if (!ctx.fullMemberIds.has(m.personId)) out.push(`${name}不是本支部的正式党员，不能任支部委员`);
  }
  const secretaries = d.members.filter((m) => m.role === 'secretary').length;
  if (secretaries !== 1) out.push(secretaries === 0 ? '请指定书记' : '书记只能有一名');
  if (d.members.filter((m) => m.role === 'deputySecretary').length > 1) out.push('副书记最多一名');
  if (d.kind === 'secretaryOnly' && d.members.some((m) => m.role !== 'secretary' && m.role !== 'deputySecretary')) {
    out.push('不设支委会的支部只设书记（和副书记）');
  }
  if (d.kind === 'committee' && d.members.length > 9) out.push('支委会人数过多');
  return out;
}

/** Why an extension cannot be approved: total ≤ 12 months (ORG-3). */
export function extensionProblem(alreadyMonths: number, months: number): string | null {
  if (!Number.isInteger(months) || months < 1) return '延期月数应为正整数';
  if (alreadyMonths + months > MAX_EXTENSION_MONTHS) {
    return alreadyMonths > 0
      ? `延期总计不能超过1年（已延期${alreadyMonths}个月，本次最多${MAX_EXTENSION_MONTHS - alreadyMonths}个月）`
      : `延期不能超过1年（12个月），不能是${months}个月`;
  }
  return null;
}

/** The term's planned end: start plus its years (届满日). */
export const plannedTermEnd = (startOn: CalendarDate, termYears: number): CalendarDate => addMonths(startOn, termYears * 12);
