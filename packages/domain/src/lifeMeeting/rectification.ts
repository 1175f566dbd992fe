import type { RectificationStatus } from '../check/facts.js';
import type { CalendarDate } from '../time/calendarDate.js';

/**
 * LIFE-7: the 整改落实台账 of a 组织生活会 — each item open (整改中), closed (已完成销号, with its date and what was done)
 * or carried over (持续整改, with its reason). The year's 组织生活会 is met only when every item is closed or carried
 * over with a reason. Pure: "today" is an input.
 */
export interface RectificationState {
  status: RectificationStatus;
  deadline: CalendarDate;
  progress: string | null;
  closedOn: CalendarDate | null;
  carryReason: string | null;
}

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/** Still open after its deadline. */
export const isOverdue = (r: Pick<RectificationState, 'status' | 'deadline'>, today: CalendarDate): boolean => r.status === 'open' && r.deadline < today;

/**
 * The Chinese reasons a change from `before` to `after` is refused; empty when allowed. `mayReopen`: the viewer is the
 * organ admin or a branch lead (the only ones who may reopen a closed item, and only with the progress said).
 */
export function rectificationProblems(before: RectificationState | null, after: RectificationState, o: { today: CalendarDate; createdOn?: CalendarDate; mayReopen: boolean }): string[] {
  const out: string[] = [];
  if (after.status === 'closed') {
    if (!after.closedOn) out.push('销号须填写完成日期');
    else if (after.closedOn > o.today) out.push(`完成日期（${after.closedOn}）晚于今天`);
    if (blank(after.progress)) out.push('销号须填写整改完成情况');
  }
  if (after.status === 'carriedOver' && blank(after.carryReason)) out.push('转为持续整改须填写原因');
  if (before?.status === 'closed' && after.status !== 'closed') {
    if (!o.mayReopen) out.push('只有机关党委管理员或本支部书记、副书记、组织委员可以重新打开已销号的整改事项');
    else if (blank(after.progress) || after.progress === before.progress) out.push('重新打开已销号的整改事项须说明整改进展');
  }
  return out;
}

/** The counts of the ledger and whether it is complete (at least one item, none still open). */
export function rectificationSummary(items: readonly Pick<RectificationState, 'status' | 'deadline'>[], today: CalendarDate) {
  const n = (s: RectificationStatus) => items.filter((r) => r.status === s).length;
  const summary = { open: n('open'), closed: n('closed'), carriedOver: n('carriedOver'), overdue: items.filter((r) => isOverdue(r, today)).length };
  return { summary, complete: items.length > 0 && summary.open === 0 };
}
