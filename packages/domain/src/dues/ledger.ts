import type { CalendarDate } from '../time/calendarDate.js';
import { categoryUsesBase, duesCategoryLabel, MAX_AHEAD_MONTHS, MAX_ARREAR_MONTHS, monthlyDues, type DuesCategory } from './calc.js';
import type { Month } from './facts.js';
import { formatFen, type RoundingUnit } from './money.js';
import { shiftMonth, monthCnLabel, monthOfDay, monthsFromTo, yearMonths } from './month.js';

/** A base recorded from a month on (`dues_bases`): the latest ≤ the month applies (R-DUES-4). */
export interface DuesBaseRecord {
  fromMonth: Month;
  category: DuesCategory;
  baseFen: number | null;
  fixedFen: number | null;
}

/** An approved 减交/免交 (R-DUES-9): the monthly amount instead; 0 = exempt. */
export interface DuesReductionRecord {
  fromMonth: Month;
  toMonth: Month;
  amountFen: number;
}

/** A monthly payment recorded. */
export interface DuesPaymentRecord {
  month: Month;
  amountFen: number;
  dueFen: number | null;
  paidOn: CalendarDate;
}

/**
 * When a member owes dues: from the month the general meeting admitted them (R-DUES-6: `liableFrom`, null for someone
 * not (yet) a 党员), within their membership of the branch (dated spans, `endOn` inclusive, null = ongoing).
 */
export interface DuesLiability {
  liableFrom: Month | null;
  memberships: readonly { startOn: CalendarDate; endOn: CalendarDate | null }[];
}

/** A member's dues records. */
export interface MemberDues extends DuesLiability {
  bases: readonly DuesBaseRecord[];
  reductions: readonly DuesReductionRecord[];
}

export type MonthDue =
  | { kind: 'notLiable' }
  /** liable but no base recorded for the month */
  | { kind: 'noBase' }
  | { kind: 'due'; dueFen: number; rate: string; category: DuesCategory; baseFen: number | null; reduction: DuesReductionRecord | null };

/** Whether the member owes dues for the month at all (liability and branch membership). */
export function isLiable(l: DuesLiability, month: Month): boolean {
  if (l.liableFrom === null || month < l.liableFrom) return false;
  const first = `${month}-01`;
  const last = `${month}-31`;
  return l.memberships.some((s) => s.startOn <= last && (s.endOn === null || s.endOn >= first));
}

/** The base in force for the month: the latest `fromMonth` ≤ month. */
export function baseFor(bases: readonly DuesBaseRecord[], month: Month): DuesBaseRecord | null {
  let best: DuesBaseRecord | null = null;
  for (const b of bases) if (b.fromMonth <= month && (!best || b.fromMonth > best.fromMonth)) best = b;
  return best;
}

export const reductionFor = (rs: readonly DuesReductionRecord[], month: Month): DuesReductionRecord | null =>
  rs.find((r) => r.fromMonth <= month && month <= r.toMonth) ?? null;

/** What the member owes for the month: the base's dues, an approved reduction/exemption overriding it. */
export function monthDue(m: MemberDues, month: Month, unit: RoundingUnit = 'fen'): MonthDue {
  if (!isLiable(m, month)) return { kind: 'notLiable' };
  const base = baseFor(m.bases, month);
  const reduction = reductionFor(m.reductions, month);
  if (reduction) {
    return { kind: 'due', dueFen: reduction.amountFen, rate: reduction.amountFen === 0 ? '免交' : '减交', category: base?.category ?? 'onJob', baseFen: base?.baseFen ?? null, reduction };
  }
  if (!base) return { kind: 'noBase' };
  const a = monthlyDues(base, unit);
  return { kind: 'due', dueFen: a.dueFen, rate: a.rate, category: base.category, baseFen: categoryUsesBase(base.category) ? base.baseFen : null, reduction: null };
}

/** How a month was paid relative to the payment date: in its month, ahead (预交) or made up (补交). */
export type PaidKind = 'paid' | 'paidAhead' | 'madeUp';
export function paidKind(month: Month, paidOn: CalendarDate): PaidKind {
  const pm = monthOfDay(paidOn);
  return pm === month ? 'paid' : pm < month ? 'paidAhead' : 'madeUp';
}

/** A proposed monthly payment of one member for several months, checked before anything is saved. */
export interface PaymentProposal {
  months: readonly Month[];
  paidOn: CalendarDate;
  /** the amount per month; null = exactly the month's due */
  amountFen: number | null;
  note: string | null;
}

export interface CheckedMonth {
  month: Month;
  dueFen: number;
  amountFen: number;
  kind: PaidKind;
}

/**
 * R-DUES-7 checks of a payment: each month liable, with a base, not already paid; at most 6 months ahead of the payment
 * date's month; arrears older than 6 months only with a note; the amount not below the due. All problems, in Chinese.
 */
export function checkPayment(
  m: MemberDues,
  paid: ReadonlyMap<Month, DuesPaymentRecord>,
  p: PaymentProposal,
  unit: RoundingUnit = 'fen',
): { ok: true; months: CheckedMonth[] } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const out: CheckedMonth[] = [];
  if (p.months.length === 0) problems.push('请选择交纳的月份');
  if (new Set(p.months).size !== p.months.length) problems.push('交纳月份有重复');
  const payMonth = monthOfDay(p.paidOn);
  const latest = shiftMonth(payMonth, MAX_AHEAD_MONTHS);
  for (const month of [...new Set(p.months)].sort()) {
    const cn = monthCnLabel(month);
    const prior = paid.get(month);
    if (prior) {
      problems.push(`${cn}的党费已于${prior.paidOn}交纳（${formatFen(prior.amountFen)}元），不能重复登记`);
      continue;
    }
    if (month > latest) {
      problems.push(`${cn}超出预交期限：预交党费最多${MAX_AHEAD_MONTHS}个月（交纳日期${p.paidOn}，最远可预交至${monthCnLabel(latest)}）`);
      continue;
    }
    const behind = monthsFromTo(month, payMonth);
    if (behind > MAX_ARREAR_MONTHS && !p.note?.trim()) {
      problems.push(`${cn}已欠交${behind}个月：补交党费一般不得超过${MAX_ARREAR_MONTHS}个月，确需补交的，请经支部同意并在备注中写明补交原因后再登记`);
      continue;
    }
    const d = monthDue(m, month, unit);
    if (d.kind === 'notLiable') {
      problems.push(`${cn}不在该党员的交纳期内（尚未成为党员或不在本支部）`);
      continue;
    }
    if (d.kind === 'noBase') {
      problems.push(`${cn}尚未登记交纳基数，请先在“基数”中登记`);
      continue;
    }
    const amount = p.amountFen ?? d.dueFen;
    if (amount < d.dueFen) {
      problems.push(`${cn}应交${formatFen(d.dueFen)}元，实交${formatFen(amount)}元不足`);
      continue;
    }
    out.push({ month, dueFen: d.dueFen, amountFen: amount, kind: paidKind(month, p.paidOn) });
  }
  return problems.length ? { ok: false, problems } : { ok: true, months: out };
}

/** A month of a member's year as the grid and 我的 show it. */
export type MonthStatus = PaidKind | 'unpaid' | 'notYetDue' | 'exempt' | 'notLiable';

export interface MemberMonth {
  month: Month;
  status: MonthStatus;
  /** null: nothing owed (not liable) or no base recorded */
  dueFen: number | null;
  paidFen: number | null;
  paidOn: CalendarDate | null;
}

export interface MemberYear {
  months: MemberMonth[];
  dueFen: number;
  paidFen: number;
  /** closed months owed and not paid */
  arrears: Month[];
  /** the base/category in force at the year's last liable month (or its end) */
  current: { category: DuesCategory; categoryLabel: string; baseFen: number | null; rate: string; dueFen: number } | null;
}

/** A member's dues year: per month due, paid and status (a month is closed once `today` is in a later month). */
export function memberYear(m: MemberDues, payments: readonly DuesPaymentRecord[], year: number, today: CalendarDate, unit: RoundingUnit = 'fen'): MemberYear {
  const byMonth = new Map(payments.map((p) => [p.month, p]));
  const thisMonth = monthOfDay(today);
  let dueFen = 0;
  let paidFen = 0;
  const arrears: Month[] = [];
  let current: MemberYear['current'] = null;
  const months = yearMonths(year).map((month): MemberMonth => {
    const d = monthDue(m, month, unit);
    const p = byMonth.get(month);
    if (p) paidFen += p.amountFen;
    if (d.kind === 'due') {
      if (month <= thisMonth || !current) current = { category: d.category, categoryLabel: duesCategoryLabel(d.category), baseFen: d.baseFen, rate: d.rate, dueFen: d.dueFen };
    }
    const due = p?.dueFen ?? (d.kind === 'due' ? d.dueFen : null);
    if (d.kind !== 'notLiable' && due !== null) dueFen += due;
    const base = { month, dueFen: d.kind === 'notLiable' ? null : due, paidFen: p?.amountFen ?? null, paidOn: p?.paidOn ?? null };
    if (p) return { ...base, status: paidKind(month, p.paidOn) };
    if (d.kind === 'notLiable') return { ...base, status: 'notLiable' };
    if (d.kind === 'due' && d.dueFen === 0) return { ...base, status: 'exempt' };
    if (month < thisMonth) {
      arrears.push(month);
      return { ...base, status: 'unpaid' };
    }
    return { ...base, status: 'notYetDue' };
  });
  return { months, dueFen, paidFen, arrears, current };
}

/** The oldest months still owed up to the given month (the payment form's default selection). */
export function oldestUnpaid(m: MemberDues, payments: readonly DuesPaymentRecord[], upTo: Month, count = 1, unit: RoundingUnit = 'fen'): Month[] {
  const paid = new Set(payments.map((p) => p.month));
  const out: Month[] = [];
  let month = shiftMonth(upTo, -MAX_ARREAR_MONTHS);
  while (month <= upTo && out.length < count) {
    const d = monthDue(m, month, unit);
    if (d.kind === 'due' && d.dueFen > 0 && !paid.has(month)) out.push(month);
    month = shiftMonth(month, 1);
  }
  return out;
}
