import { describe, expect, it } from 'vitest';
import { baseFor, checkPayment, isLiable, memberYear, monthDue, oldestUnpaid, paidKind, type DuesPaymentRecord, type MemberDues } from './ledger.js';
import { monthsFromTo, shiftMonth, yearMonths, monthEnd } from './month.js';

const member = (o: Partial<MemberDues> = {}): MemberDues => ({
  liableFrom: '2020-01',
  memberships: [{ startOn: '2020-01-01', endOn: null }],
  bases: [{ fromMonth: '2026-01', category: 'onJob', baseFen: 600000, fixedFen: null }],
  reductions: [],
  ...o,
});
const pay = (month: string, paidOn: string, amountFen = 9000): DuesPaymentRecord => ({ month, paidOn, amountFen, dueFen: 9000 });
const paidMap = (...ps: DuesPaymentRecord[]) => new Map(ps.map((p) => [p.month, p]));

describe('months', () => {
  it('shifts across years and counts', () => {
    expect(shiftMonth('2026-11', 4)).toBe('2027-03');
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(monthsFromTo('2026-05', '2026-11')).toBe(6);
    expect(yearMonths(2026)).toHaveLength(12);
    expect(monthEnd('2028-02')).toBe('2028-02-29');
  });
});

describe('monthDue', () => {
  it('uses the latest base with from_month ≤ month', () => {
    const m = member({ bases: [{ fromMonth: '2025-01', category: 'onJob', baseFen: 400000, fixedFen: null }, { fromMonth: '2026-07', category: 'onJob', baseFen: 1200000, fixedFen: null }] });
    expect(monthDue(m, '2026-06')).toMatchObject({ kind: 'due', dueFen: 4000, rate: '1%' });
    expect(monthDue(m, '2026-07')).toMatchObject({ kind: 'due', dueFen: 24000, rate: '2%' });
    expect(baseFor(m.bases, '2024-12')).toBeNull();
    expect(monthDue(m, '2024-12')).toEqual({ kind: 'noBase' });
  });

  it('an approved reduction or exemption overrides the base for its months', () => {
    const m = member({ reductions: [{ fromMonth: '2026-03', toMonth: '2026-05', amountFen: 0 }, { fromMonth: '2026-08', toMonth: '2026-08', amountFen: 1000 }] });
    expect(monthDue(m, '2026-02')).toMatchObject({ dueFen: 9000 });
    expect(monthDue(m, '2026-03')).toMatchObject({ dueFen: 0, rate: '免交' });
    expect(monthDue(m, '2026-05')).toMatchObject({ dueFen: 0 });
    expect(monthDue(m, '2026-06')).toMatchObject({ dueFen: 9000 });
    expect(monthDue(m, '2026-08')).toMatchObject({ dueFen: 1000, rate: '减交' });
  });

  it('a 预备党员 pays from the month of admission; activists and applicants owe nothing (R-DUES-6)', () => {
    const p = member({ liableFrom: '2026-06' });
    expect(monthDue(p, '2026-05')).toEqual({ kind: 'notLiable' });
    expect(monthDue(p, '2026-06')).toMatchObject({ kind: 'due' });
    expect(monthDue(member({ liableFrom: null }), '2026-06')).toEqual({ kind: 'notLiable' });
  });

  it('nothing is due outside the membership of the branch', () => {
    const l = { liableFrom: '2020-01', memberships: [{ startOn: '2026-03-15', endOn: '2026-09-10' }] };
    expect(isLiable(l, '2026-02')).toBe(false);
    expect(isLiable(l, '2026-03')).toBe(true);
    expect(isLiable(l, '2026-09')).toBe(true);
    expect(isLiable(l, '2026-10')).toBe(false);
  });

  it('a retiree and a farmer', () => {
    expect(monthDue(member({ bases: [{ fromMonth: '2026-01', category: 'retired', baseFen: 500001, fixedFen: null }] }), '2026-02')).toMatchObject({ dueFen: 5000, rate: '1%' });
    expect(monthDue(member({ bases: [{ fromMonth: '2026-01', category: 'farmer', baseFen: null, fixedFen: 50 }] }), '2026-02')).toMatchObject({ dueFen: 50, baseFen: null, rate: '定额' });
  });

  it('paidKind relative to the payment date', () => {
    expect(paidKind('2026-11', '2026-11-30')).toBe('paid');
    expect(paidKind('2026-12', '2026-11-30')).toBe('paidAhead');
    expect(paidKind('2026-10', '2026-11-01')).toBe('madeUp');
  });
});

describe('checkPayment (R-DUES-7)', () => {
  const proposal = (months: string[], o: Partial<{ paidOn: string; amountFen: number | null; note: string | null }> = {}) => ({ months, paidOn: '2026-11-24', amountFen: null, note: null, ...o });

  it('accepts this month, up to 6 months ahead and 6 months back', () => {
    const r = checkPayment(member(), new Map(), proposal(['2026-11', '2027-05', '2026-05']));
    expect(r).toEqual({
      ok: true,
      months: [
        { month: '2026-05', dueFen: 9000, amountFen: 9000, kind: 'madeUp' },
        { month: '2026-11', dueFen: 9000, amountFen: 9000, kind: 'paid' },
        { month: '2027-05', dueFen: 9000, amountFen: 9000, kind: 'paidAhead' },
      ],
    });
  });

  it('refuses a month already paid', () => {
    expect(checkPayment(member(), paidMap(pay('2026-10', '2026-10-20')), proposal(['2026-10', '2026-11']))).toEqual({
      ok: false,
      problems: ['2026年10月的党费已于2026-10-20交纳（90.00元），不能重复登记'],
    });
  });

  it('refuses paying ahead beyond 6 months', () => {
    const r = checkPayment(member(), new Map(), proposal(['2027-06']));
    expect(r).toEqual({ ok: false, problems: ['2027年6月超出预交期限：预交党费最多6个月（交纳日期2026-11-24，最远可预交至2027年5月）'] });
  });

  it('refuses arrears older than 6 months unless a note explains them', () => {
    const r = checkPayment(member(), new Map(), proposal(['2026-04']));
    expect(r).toEqual({ ok: false, problems: ['2026年4月已欠交7个月：补交党费一般不得超过6个月，确需补交的，请经支部同意并在备注中写明补交原因后再登记'] });
    expect(checkPayment(member(), new Map(), proposal(['2026-04'], { note: '长期外派，经支部委员会同意补交' })).ok).toBe(true);
    expect(checkPayment(member(), new Map(), proposal(['2026-04'], { note: '  ' })).ok).toBe(false);
  });

  it('the amount may exceed the due but not fall short', () => {
    expect(checkPayment(member(), new Map(), proposal(['2026-11'], { amountFen: 10000 }))).toMatchObject({ ok: true, months: [{ amountFen: 10000, dueFen: 9000 }] });
    expect(checkPayment(member(), new Map(), proposal(['2026-11'], { amountFen: 8999 }))).toEqual({ ok: false, problems: ['2026年11月应交90.00元，实交89.99元不足'] });
  });

  it('refuses months outside liability, without a base, duplicates and none', () => {
    expect(checkPayment(member({ liableFrom: '2026-11' }), new Map(), proposal(['2026-10'])).ok).toBe(false);
    expect(checkPayment(member({ bases: [] }), new Map(), proposal(['2026-11']))).toEqual({ ok: false, problems: ['2026年11月尚未登记交纳基数，请先在“基数”中登记'] });
    expect(checkPayment(member(), new Map(), proposal([]))).toEqual({ ok: false, problems: ['请选择交纳的月份'] });
    expect(checkPayment(member(), new Map(), proposal(['2026-11', '2026-11']))).toMatchObject({ ok: false, problems: ['交纳月份有重复'] });
  });

  it('an exempt month may be recorded at 0', () => {
    expect(checkPayment(member({ reductions: [{ fromMonth: '2026-11', toMonth: '2026-11', amountFen: 0 }] }), new Map(), proposal(['2026-11']))).toMatchObject({ ok: true, months: [{ dueFen: 0, amountFen: 0 }] });
  });
});

describe('memberYear', () => {
  it('per month status, totals and arrears', () => {
    const m = member({ reductions: [{ fromMonth: '2026-02', toMonth: '2026-02', amountFen: 0 }] });
    const y = memberYear(m, [pay('2026-01', '2026-01-10'), pay('2026-03', '2026-05-02'), pay('2026-11', '2026-11-05'), pay('2026-12', '2026-11-05')], 2026, '2026-11-24');
    expect(y.months.map((x) => x.status)).toEqual(['paid', 'exempt', 'madeUp', 'unpaid', 'unpaid', 'unpaid', 'unpaid', 'unpaid', 'unpaid', 'unpaid', 'paid', 'paidAhead']);
    expect(y.arrears).toEqual(['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
    expect(y.paidFen).toBe(36000);
    expect(y.dueFen).toBe(9000 * 11);
    expect(y.current).toEqual({ category: 'onJob', categoryLabel: '在职', baseFen: 600000, rate: '1.5%', dueFen: 9000 });
  });

  it('the current month unpaid is not yet due; months before admission are not liable', () => {
    const y = memberYear(member({ liableFrom: '2026-10' }), [], 2026, '2026-11-24');
    expect(y.months.slice(8).map((x) => x.status)).toEqual(['notLiable', 'unpaid', 'notYetDue', 'notYetDue']);
    expect(y.months[0]).toEqual({ month: '2026-01', status: 'notLiable', dueFen: null, paidFen: null, paidOn: null });
    expect(y.dueFen).toBe(27000);
    expect(y.arrears).toEqual(['2026-10']);
  });

  it('keeps the due stored with a payment over a later base change', () => {
    const y = memberYear(member(), [{ month: '2026-01', amountFen: 5000, dueFen: 5000, paidOn: '2026-01-05' }], 2026, '2026-01-20');
    expect(y.months[0]).toMatchObject({ dueFen: 5000, paidFen: 5000, status: 'paid' });
  });

  it('a month without a base is still owed once closed', () => {
    const y = memberYear(member({ bases: [] }), [], 2026, '2026-03-01');
    expect(y.months.slice(0, 3).map((x) => [x.status, x.dueFen])).toEqual([
      ['unpaid', null],
      ['unpaid', null],
      ['notYetDue', null],
    ]);
    expect(y.current).toBeNull();
  });

  it('oldestUnpaid picks the oldest owed months within 6 months back', () => {
    const m = member();
    expect(oldestUnpaid(m, [pay('2026-06', '2026-06-01')], '2026-11', 2)).toEqual(['2026-05', '2026-07']);
    expect(oldestUnpaid(m, [], '2026-11')).toEqual(['2026-05']);
  });
});
