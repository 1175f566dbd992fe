import type { CalendarDate } from '../time/calendarDate.js';

/**
 * Branch activity funds (LED-7, R-DUES-10/11): the share of the retained dues the 机关党委 gives each branch, the
 * fund ledger with its running balance, and what makes an expense acceptable. Money in integer fen.
 */

/** R-DUES-11: what dues may pay for; every expense names one (venue: REQ-2, with an approved plan). */
export const FUND_USE_CATEGORIES = ['training', 'materials', 'commendation', 'hardship', 'disaster', 'venue', 'other'] as const;
export type FundUseCategory = (typeof FUND_USE_CATEGORIES)[number];
export const FUND_USE_LABELS: Record<FundUseCategory, string> = {
  training: '培训党员',
  materials: '订阅报刊、购置教育资料和设备',
  commendation: '表彰先进',
  hardship: '补助生活困难党员',
  disaster: '补助受灾党员、修缮教育设施',
  venue: '活动场地',
  other: '其他党的活动',
};

/** Which dues the branch's share is computed on (parameter `funds.basis`). */
export type FundBasis = 'collected' | 'due';

/** `ratioPercent` of the basis, rounded to the fen (half up). */
export function allocationShare(basisFen: number, ratioPercent: number): number {
  if (!Number.isInteger(basisFen) || basisFen <= 0 || ratioPercent <= 0) return 0;
  return Math.floor((basisFen * ratioPercent + 50) / 100);
}

export interface FundEntryFact {
  id: string;
  kind: 'allocation' | 'expense';
  occurredOn: CalendarDate;
  amountFen: number;
  /** the order it was recorded in, to keep entries of one day in order */
  seq: number;
}

/** The entries by date (then as recorded), each with the balance after it. */
export function runningBalances<E extends FundEntryFact>(entries: readonly E[]): (E & { balanceFen: number })[] {
  const sorted = [...entries].sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : a.seq - b.seq));
  let balance = 0;
  return sorted.map((e) => {
    balance += e.kind === 'allocation' ? e.amountFen : -e.amountFen;
    return { ...e, balanceFen: balance };
  });
}

export const balanceOf = (entries: readonly FundEntryFact[], on?: CalendarDate): number =>
  entries.filter((e) => on === undefined || e.occurredOn <= on).reduce((s, e) => s + (e.kind === 'allocation' ? e.amountFen : -e.amountFen), 0);

const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
export const formatYuan = (fen: number): string => (fen < 0 ? `-${yuan(-fen)}` : yuan(fen));

export interface ExpenseDraft {
  occurredOn: CalendarDate;
  amountFen: number;
  useCategory: FundUseCategory;
  activityReport: string;
  receipts: number;
  /** the approved venue plan it is paid under (venue only): its amount and what was already spent under it */
  venuePlan: { status: 'submitted' | 'approved' | 'rejected'; amountFen: number; spentFen: number } | null;
}

/**
 * Why an expense is refused (Chinese messages, empty when acceptable): no receipt, no written report, a date after
 * today, an amount above the balance — on its date and on every later date of the ledger, so the running balance
 * never goes below zero — and a venue cost without an approved plan, or beyond the plan.
 */
export function expenseProblems(ledger: readonly FundEntryFact[], e: ExpenseDraft, today: CalendarDate): string[] {
  const problems: string[] = [];
  if (e.receipts < 1) problems.push('请上传至少一张票据（发票、收据）的扫描件或照片');
  if (e.activityReport.trim().length < 10) problems.push('请填写活动书面报告（至少10个字）');
  if (e.occurredOn > today) problems.push('支出日期不能晚于今天');
  if (!Number.isInteger(e.amountFen) || e.amountFen <= 0) problems.push('支出金额应为正数（单位：分）');
  else {
    // the lowest balance from its date on, once it is booked: the balance on its date, then each later entry's
    let low = balanceOf(ledger, e.occurredOn);
    for (const r of runningBalances(ledger)) if (r.occurredOn > e.occurredOn) low = Math.min(low, r.balanceFen);
    if (e.amountFen > low) problems.push(`支出金额${formatYuan(e.amountFen)}元超过活动经费结余${formatYuan(Math.max(low, 0))}元，不能登记`);
  }
  if (e.useCategory === 'venue') {
    if (!e.venuePlan) problems.push('活动场地费用须选择机关党委已批准的场地经费计划');
    else if (e.venuePlan.status !== 'approved') problems.push('所选场地经费计划尚未经机关党委批准');
    else if (e.amountFen > e.venuePlan.amountFen - e.venuePlan.spentFen)
      problems.push(`超出场地经费计划的剩余额度${formatYuan(Math.max(e.venuePlan.amountFen - e.venuePlan.spentFen, 0))}元`);
  } else if (e.venuePlan) problems.push('只有活动场地费用可以关联场地经费计划');
  return problems;
}
