import { describe, expect, it } from 'vitest';
import { canMove, daysCapital, expiresOn, monthCnUpper, receiptState, transferProblems, type TransferDraft } from './transfer.js';

const base: TransferDraft = { direction: 'out', kind: 'formal', branchId: 'b1', otherBranchId: 'b2', otherOrg: null, issuedOn: '2026-11-01', validDays: 30, effectiveOn: '2026-11-01' };

describe('transferProblems', () => {
  it('accepts a plain transfer', () => expect(transferProblems(base)).toEqual([]));
  it.each([
    [{ otherBranchId: 'b1' }, '不能转到（或转自）本支部'],
    [{ otherBranchId: null, otherOrg: ' ' }, '请填写转往的党组织'],
    [{ validDays: 91 }, '介绍信有效期最长不超过3个月（90天）'],
    [{ validDays: 0 }, '有效期应为正整数天'],
    [{ effectiveOn: '2026-10-31' }, '生效日期不能早于开具日期'],
    [{ receivedOn: '2026-10-30' }, '接收日期不能早于开具日期'],
    [{ receiptReturnedOn: '2026-11-05' }, '尚未接收，不能登记回执'],
    [{ receivedOn: '2026-11-10', receiptReturnedOn: '2026-11-09' }, '回执日期不能早于接收日期'],
    [{ issuedOn: '2026-02-30' }, '开具日期无效'],
  ] as const)('%o → %s', (over, msg) => expect(transferProblems({ ...base, ...over })).toContain(msg));
  it('90 days is allowed; no validity is allowed (the default applies)', () => {
    expect(transferProblems({ ...base, validDays: 90 })).toEqual([]);
    expect(transferProblems({ ...base, validDays: null })).toEqual([]);
  });
});

describe('the letter in 大写', () => {
  it.each([
    [30, '叁拾'],
    [15, '壹拾伍'],
    [7, '柒'],
    [90, '玖拾'],
    [10, '壹拾'],
    [105, '壹佰零伍'],
  ])('%i days → %s', (n, s) => expect(daysCapital(n)).toBe(s));
  it.each([
    ['2026-11', '二〇二六年十一月'],
    ['2026-01', '二〇二六年一月'],
    ['2030-10', '二〇三〇年十月'],
    ['2025-12', '二〇二五年十二月'],
  ])('%s → %s', (m, s) => expect(monthCnUpper(m)).toBe(s));
});

describe('receiptState (MEM-3.transfer-receipt)', () => {
  const t = { issuedOn: '2026-11-01', validDays: 30, receivedOn: null, receiptReturnedOn: null, status: 'issued' as const };
  it('a 30-day letter issued on 1 November is valid through 30 November', () => expect(expiresOn('2026-11-01', 30)).toBe('2026-11-30'));
  it.each([
    ['2026-11-23', 'ok'],
    ['2026-11-24', 'dueSoon'],
    ['2026-11-30', 'dueSoon'],
    ['2026-12-01', 'unmet'],
  ] as const)('not received, on %s → %s', (on, s) => expect(receiptState(t, on).status).toBe(s));
  it.each([
    ['2026-12-10', null, 'ok'],
    ['2026-12-11', null, 'unmet'],
    ['2026-12-20', '2026-12-09', 'ok'],
  ] as const)('received 2026-11-10, on %s, receipt %s → %s', (on, back, s) =>
    expect(receiptState({ ...t, status: 'received', receivedOn: '2026-11-10', receiptReturnedOn: back }, on).status).toBe(s));
  it('status moves issued → received → completed, or issued → cancelled', () => {
    expect(canMove('issued', 'received')).toBe(true);
    expect(canMove('received', 'completed')).toBe(true);
    expect(canMove('issued', 'completed')).toBe(false);
    expect(canMove('received', 'cancelled')).toBe(false);
  });
});
