import { addDays, daysBetween, isValidDate, type CalendarDate } from '../time/calendarDate.js';

/**
 * Relation transfers (transfer, MEM-3; domain-rules §6 R-TRANS-*; forms.md §6 介绍信): in and out, 正式 and 临时.
 * Pure validation and the letter's wording; the server applies the membership changes.
 */

export type TransferDirection = 'in' | 'out';
export type TransferKind = 'formal' | 'temporary';
export type TransferStatus = 'issued' | 'received' | 'completed' | 'cancelled';

export const TRANSFER_DIRECTION_LABELS: Record<TransferDirection, string> = { in: '转入', out: '转出' };
export const TRANSFER_KIND_LABELS: Record<TransferKind, string> = { formal: '正式组织关系', temporary: '临时组织关系' };
export const TRANSFER_STATUS_LABELS: Record<TransferStatus, string> = { issued: '已开具', received: '已接收', completed: '已回执', cancelled: '已撤销' };

/** forms.md §6: no national number; 30 days is the common default, at most 3 months. */
export const TRANSFER_DEFAULT_VALID_DAYS = 30;
export const TRANSFER_MAX_VALID_DAYS = 90;
/** R-TRANS-4: the receipt goes back within one month of receiving the member. */
export const TRANSFER_RECEIPT_DAYS = 30;
/** the warning before a letter expires */
export const TRANSFER_EXPIRY_WARN_DAYS = 7;

export interface TransferDraft {
  direction: TransferDirection;
  kind: TransferKind;
  branchId: string;
  otherBranchId: string | null;
  otherOrg: string | null;
  issuedOn: CalendarDate;
  validDays: number | null;
  effectiveOn: CalendarDate;
  receivedOn?: CalendarDate | null;
  receiptReturnedOn?: CalendarDate | null;
}

/** The problems of a transfer as entered, in Chinese; empty when it may be saved. */
export function transferProblems(t: TransferDraft): string[] {
  const out: string[] = [];
  if (t.otherBranchId !== null && t.otherBranchId === t.branchId) out.push('不能转到（或转自）本支部');
  if (t.otherBranchId === null && !(t.otherOrg ?? '').trim()) out.push(t.direction === 'out' ? '请填写转往的党组织' : '请填写转出的党组织');
  for (const [d, what] of [
    [t.issuedOn, '开具日期'],
    [t.effectiveOn, '生效日期'],
    [t.receivedOn ?? null, '接收日期'],
    [t.receiptReturnedOn ?? null, '回执日期'],
  ] as const) {
    if (d !== null && !isValidDate(d)) out.push(`${what}无效`);
  }
  if (t.validDays !== null && (!Number.isInteger(t.validDays) || t.validDays < 1)) out.push('有效期应为正整数天');
  else if (t.validDays !== null && t.validDays > TRANSFER_MAX_VALID_DAYS) out.push(`介绍信有效期最长不超过3个月（${TRANSFER_MAX_VALID_DAYS}天）`);
  if (out.length > 0) return out;
  if (t.effectiveOn < t.issuedOn) out.push('生效日期不能早于开具日期');
  if (t.receivedOn && t.receivedOn < t.issuedOn) out.push('接收日期不能早于开具日期');
  if (t.receiptReturnedOn && !t.receivedOn) out.push('尚未接收，不能登记回执');
  if (t.receiptReturnedOn && t.receivedOn && t.receiptReturnedOn < t.receivedOn) out.push('回执日期不能早于接收日期');
  return out;
}

/** The last day the letter is valid: issued on day 1, so 30 days end on issue + 29. */
export const expiresOn = (issuedOn: CalendarDate, validDays: number | null): CalendarDate =>
  addDays(issuedOn, (validDays ?? TRANSFER_DEFAULT_VALID_DAYS) - 1);

/** The status a transfer may move to from its status. */
export function canMove(from: TransferStatus, to: TransferStatus): boolean {
  if (to === 'cancelled') return from === 'issued';
  if (to === 'received') return from === 'issued';
  if (to === 'completed') return from === 'received';
  return false;
}

export type ReceiptState = { status: 'ok' | 'dueSoon' | 'unmet'; message: string; due: CalendarDate | null };

/** MEM-3.transfer-receipt for one outgoing letter on a date. */
export function receiptState(t: { issuedOn: CalendarDate; validDays: number | null; receivedOn: CalendarDate | null; receiptReturnedOn: CalendarDate | null; status: TransferStatus }, on: CalendarDate): ReceiptState {
  if (t.status === 'cancelled') return { status: 'ok', message: '介绍信已撤销。', due: null };
  if (t.receivedOn === null || t.receivedOn > on) {
    const exp = expiresOn(t.issuedOn, t.validDays);
    if (on > exp) return { status: 'unmet', message: `介绍信已于${exp}过期，尚无接收记录（过期需支部出具证明、本人申请后补办）`, due: exp };
    if (daysBetween(on, exp) < TRANSFER_EXPIRY_WARN_DAYS) return { status: 'dueSoon', message: `介绍信将于${exp}到期，尚无接收记录`, due: exp };
    return { status: 'ok', message: `介绍信有效至${exp}，等待接收`, due: exp };
  }
  const due = addDays(t.receivedOn, TRANSFER_RECEIPT_DAYS);
  if (t.receiptReturnedOn !== null && t.receiptReturnedOn <= on) {
    return t.receiptReturnedOn > due
      ? { status: 'ok', message: `回执已于${t.receiptReturnedOn}退回（超过接收后30天）`, due }
      : { status: 'ok', message: `已于${t.receivedOn}接收，回执已于${t.receiptReturnedOn}退回`, due };
  }
  if (on > due) return { status: 'unmet', message: `已于${t.receivedOn}接收，接收后30天（${due}）仍未退回回执`, due };
  return { status: 'ok', message: `已于${t.receivedOn}接收，回执应在${due}前退回`, due };
}

const DIGITS = '〇一二三四五六七八九';
const CAPITAL = '零壹贰叁肆伍陆柒捌玖';

/** `2026` → `二〇二六`. */
export const yearCn = (y: number): string => [...String(y)].map((c) => DIGITS[Number(c)] ?? '').join('');

/** 1–99 in 一…九十九 (`11` → `十一`). */
function smallCn(n: number, digits: string, ten: string): string {
  if (n < 10) return digits[n] ?? '';
  const t = Math.floor(n / 10);
  const u = n % 10;
  return `${t === 1 ? '' : (digits[t] ?? '')}${ten}${u === 0 ? '' : (digits[u] ?? '')}`;
}

/** `2026-11` → `二〇二六年十一月` (the dues year and month on the letter). */
export function monthCnUpper(month: string): string {
  return `${yearCn(Number(month.slice(0, 4)))}年${smallCn(Number(month.slice(5, 7)), DIGITS, '十')}月`;
}

/** The validity days in 大写: `30` → `叁拾`, `15` → `壹拾伍`, `90` → `玖拾`, `7` → `柒`. */
export function daysCapital(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) return String(n);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let s = '';
  if (h > 0) s += `${CAPITAL[h]}佰`;
  if (t > 0) s += `${CAPITAL[t]}拾`;
  else if (h > 0 && u > 0) s += '零';
  if (u > 0) s += CAPITAL[u];
  return s;
}
