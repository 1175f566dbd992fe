import { describe, expect, it } from 'vitest';
import { chineseNumeral, compareOrdinalNames } from './ordinalName.js';

describe('chineseNumeral', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['一百零五', 105],
    ['两千', 2000],
  ] as const)('%s → %i', (s, n) => expect(chineseNumeral(s)).toBe(n));
});

describe('compareOrdinalNames', () => {
  it('orders 党小组 as counted, not by code point or pinyin', () => {
    const names = ['第三党小组', '第十二党小组', '第二党小组', '第一党小组', '第十党小组', '退休第一党小组'];
    expect([...names].sort(compareOrdinalNames)).toEqual(['第一党小组', '第二党小组', '第三党小组', '第十党小组', '第十二党小组', '退休第一党小组']);
  });
});
