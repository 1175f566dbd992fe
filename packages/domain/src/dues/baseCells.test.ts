import { describe, expect, it } from 'vitest';
import { parseDuesBaseCells, yuanCellText } from './baseCells.js';

describe('parseDuesBaseCells', () => {
  it('is nothing when both cells are blank', () => {
    expect(parseDuesBaseCells('', ' ')).toEqual({ ok: true, value: null });
  });
  it('reads a base in yuan; a blank category is 在职', () => {
    expect(parseDuesBaseCells('', '6000')).toEqual({ ok: true, value: { category: 'onJob', baseFen: 600000, fixedFen: null } });
    expect(parseDuesBaseCells('离退休', '4500.50')).toEqual({ ok: true, value: { category: 'retired', baseFen: 450050, fixedFen: null } });
  });
  it('takes a 农民’s amount as the fixed monthly amount, and fixed categories without one', () => {
    expect(parseDuesBaseCells('农民', '1.00')).toEqual({ ok: true, value: { category: 'farmer', baseFen: null, fixedFen: 100 } });
    expect(parseDuesBaseCells('学生', '')).toEqual({ ok: true, value: { category: 'student', baseFen: null, fixedFen: null } });
    expect(parseDuesBaseCells('领取救济', '3000')).toEqual({ ok: true, value: { category: 'relief', baseFen: null, fixedFen: null } });
  });
  it('refuses a negative, non-numeric or over-precise amount, a missing base and an unknown category', () => {
    expect(parseDuesBaseCells('在职', '-100')).toMatchObject({ ok: false, field: 'amount', message: expect.stringMatching(/不能为负数/) });
    expect(parseDuesBaseCells('在职', '三千')).toMatchObject({ ok: false, field: 'amount', message: expect.stringMatching(/应为金额数字/) });
    expect(parseDuesBaseCells('在职', '1.234')).toMatchObject({ ok: false, field: 'amount', message: expect.stringMatching(/最多两位小数/) });
    expect(parseDuesBaseCells('年薪制', '')).toMatchObject({ ok: false, field: 'amount', message: expect.stringMatching(/须填写交纳基数/) });
    expect(parseDuesBaseCells('农民', '5')).toMatchObject({ ok: false, field: 'amount', message: expect.stringMatching(/农民党员每月交纳/) });
    expect(parseDuesBaseCells('公务员', '5000')).toMatchObject({ ok: false, field: 'category', message: expect.stringMatching(/不认识的党费类别“公务员”.*在职/) });
  });
});

describe('yuanCellText', () => {
  it('formats Excel numbers to fen, keeps text and over-precise numbers as typed', () => {
    expect(yuanCellText(6000)).toBe('6000.00');
    expect(yuanCellText(4500.5)).toBe('4500.50');
    expect(yuanCellText(1.234)).toBe('1.234');
    expect(yuanCellText(' -1 ')).toBe('-1');
    expect(yuanCellText(null)).toBe('');
  });
});
