import { describe, expect, it } from 'vitest';
import { PARAM_DEFS } from '../check/params.js';
import { DUES_CATEGORIES, duesCategoryOf, duesInputProblem, isCentralRemittance, monthlyDues } from './calc.js';
import { formatFen, parseYuanToFen, roundHalfUp, yuanProblem } from './money.js';

const onJob = (baseFen: number, unit?: 'fen' | 'jiao' | 'yuan') => monthlyDues({ category: 'onJob', baseFen }, unit);

describe('monthlyDues: the flat rate of the band on the whole base (R-DUES-2)', () => {
  it.each([
    [0, 0, '0.5%'],
    [300000, 1500, '0.5%'],
    [300001, 3000, '1%'],
    [500000, 5000, '1%'],
    [500001, 7500, '1.5%'],
    [1000000, 15000, '1.5%'],
    [1000001, 20000, '2%'],
    [2500000, 50000, '2%'],
    [333333, 3333, '1%'],
  ])('在职 base %i fen → %i fen at %s', (base, due, rate) => {
    expect(onJob(base)).toEqual({ dueFen: due, rate });
  });

  it.each(['annualSalary', 'selfEmployed'] as const)('%s uses the on-job bands', (category) => {
    expect(monthlyDues({ category, baseFen: 500001 })).toEqual({ dueFen: 7500, rate: '1.5%' });
    expect(monthlyDues({ category, baseFen: 300000 })).toEqual({ dueFen: 1500, rate: '0.5%' });
  });

  it.each([
    [500000, 2500, '0.5%'],
    [500001, 5000, '1%'],
    [300000, 1500, '0.5%'],
    [700000, 7000, '1%'],
  ])('离退休 base %i fen → %i fen at %s', (base, due, rate) => {
    expect(monthlyDues({ category: 'retired', baseFen: base })).toEqual({ dueFen: due, rate });
  });

  it.each(['student', 'unemployed', 'relief', 'minimumAllowance'] as const)('%s pays 0.20 yuan whatever the base', (category) => {
    expect(monthlyDues({ category, baseFen: 900000 })).toEqual({ dueFen: 20, rate: '定额' });
    expect(monthlyDues({ category })).toEqual({ dueFen: 20, rate: '定额' });
  });

  it.each([20, 50, 100])('农民 pays the chosen fixed %i fen', (f) => {
    expect(monthlyDues({ category: 'farmer', fixedFen: f })).toEqual({ dueFen: f, rate: '定额' });
  });

  it.each([
    [{ category: 'farmer', fixedFen: 19 }, '农民党员每月交纳0.20—1.00元，不能为0.19元'],
    [{ category: 'farmer', fixedFen: 101 }, '农民党员每月交纳0.20—1.00元，不能为1.01元'],
    [{ category: 'farmer' }, '农民党员须填写每月交纳金额（0.20—1.00元）'],
    [{ category: 'onJob', baseFen: -1 }, '交纳基数不能为负数'],
    [{ category: 'retired', baseFen: null }, '离退休党员须填写交纳基数（元）'],
    [{ category: 'onJob', baseFen: 1.5 }, '交纳基数不能为负数'],
  ] as const)('%j refused: %s', (i, msg) => {
    expect(duesInputProblem(i)).toBe(msg);
    expect(() => monthlyDues(i)).toThrow(msg);
  });

  it('rounds half up to the fen by default', () => {
    expect(onJob(100100).dueFen).toBe(501); // 1001.00 × 0.5% = 5.005 → 5.01
    expect(onJob(100099).dueFen).toBe(500); // 5.00495 → 5.00
    expect(onJob(500100).dueFen).toBe(7502); // 5001.00 × 1.5% = 75.015 → 75.02
    expect(onJob(333333).dueFen).toBe(3333); // 3333.33 × 1% = 33.3333 → 33.33
  });

  it('rounds to the jiao or the yuan when the parameter says so', () => {
    expect(onJob(333333, 'jiao').dueFen).toBe(3330);
    expect(onJob(335000, 'jiao').dueFen).toBe(3350);
    expect(onJob(333333, 'yuan').dueFen).toBe(3300);
    expect(onJob(335000, 'yuan').dueFen).toBe(3400); // 33.50 → 34
    expect(onJob(334999, 'yuan').dueFen).toBe(3300);
  });

  it('rounding helper is exact at the half', () => {
    expect(roundHalfUp(5, 10)).toBe(1);
    expect(roundHalfUp(4, 10)).toBe(0);
    expect(roundHalfUp(0, 10)).toBe(0);
    expect(roundHalfUp(150, 10, 'jiao')).toBe(20);
    expect(roundHalfUp(149, 10, 'jiao')).toBe(10);
  });

  it('the rounding unit is a rule parameter defaulting to the fen', () => {
    expect(PARAM_DEFS.get('dues.roundingUnit')).toMatchObject({ kind: 'enum', default: 'fen' });
    expect(PARAM_DEFS.get('dues.roundingUnit')!.options!.map((o) => o.value)).toEqual(['fen', 'jiao', 'yuan']);
  });
});

describe('categories', () => {
  it('has the nine codes of the migration with Chinese labels', () => {
    expect(DUES_CATEGORIES.map((c) => c.value)).toEqual(['onJob', 'annualSalary', 'selfEmployed', 'retired', 'farmer', 'student', 'unemployed', 'relief', 'minimumAllowance']);
    expect(DUES_CATEGORIES.map((c) => c.label)).toEqual(['在职', '年薪制', '非按月领薪', '离退休', '农民', '学生', '下岗失业', '生活困难/领取救济', '领取低保']);
  });
  it.each([
    ['在职', 'onJob'],
    ['离退休', 'retired'],
    ['领取救济', 'relief'],
    ['生活困难/领取救济', 'relief'],
    ['minimumAllowance', 'minimumAllowance'],
    [' 学生 ', 'student'],
    ['退休', null],
  ])('%s → %s', (raw, c) => expect(duesCategoryOf(raw)).toBe(c));
});

describe('money', () => {
  it.each([
    ['3000.01', 300001],
    ['3000', 300000],
    ['3000.1', 300010],
    ['0', 0],
    ['0.2', 20],
    [' 12,000.50 ', 1200050],
  ])('parseYuanToFen(%s) = %i', (s, f) => expect(parseYuanToFen(s)).toBe(f));
  it.each(['-1', '−1', 'abc', '3000.001', '', '1e3', '3000.', '.5', '１２'])('refuses %j', (s) => expect(parseYuanToFen(s)).toBeNull());
  it.each([
    ['-1', '交纳基数不能为负数：-1'],
    ['−1', '交纳基数不能为负数：−1'],
    ['abc', '交纳基数应为金额数字（元，最多两位小数），如 3000.00：abc'],
    ['3000.001', '交纳基数最多两位小数（精确到分）：3000.001'],
    ['', '请填写交纳基数'],
    ['3000.00', null],
  ])('yuanProblem(%j)', (s, msg) => expect(yuanProblem(s, '交纳基数')).toBe(msg));
  it.each([
    [300001, '3000.01'],
    [20, '0.20'],
    [0, '0.00'],
    [-150, '-1.50'],
  ])('formatFen(%i) = %s', (f, s) => expect(formatFen(f)).toBe(s));
  it('a voluntary payment of 1000 yuan or more is remitted to the centre (R-DUES-5)', () => {
    expect(isCentralRemittance(100000)).toBe(true);
    expect(isCentralRemittance(99999)).toBe(false);
  });
});
