import { describe, it, expect } from 'vitest';
import { PASSWORD_MIN_LENGTH, passwordProblems } from './password.js';

const TOO_SHORT = '密码至少 8 位';
const TOO_LONG = '密码不能超过 128 位';
const KINDS = '密码须包含大写字母、小写字母、数字、符号中的至少三类';
const HAS_USERNAME = '密码不能包含用户名';

describe('passwordProblems', () => {
  it('the minimum length is 8', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(8);
  });

  it.each([
    ['Abcdefg1', 'lower, upper, digit; exactly 8'],
    ['abcdef1!', 'lower, digit, symbol'],
    ['ABCDEF1!', 'upper, digit, symbol'],
    ['Abcdefg!', 'lower, upper, symbol'],
    ['Ab1!Ab1!', 'all four'],
    ['abc def 12', 'a space counts as a symbol'],
    ['党建abc123', 'Chinese characters count as symbols'],
    ['A1!' + 'a'.repeat(125), 'exactly 128'],
  ])('accepts %j (%s)', (pw) => {
    expect(passwordProblems(pw, 'zhangsan')).toEqual([]);
  });

  it.each([
    ['Abcde1!', [TOO_SHORT]],
    ['', [TOO_SHORT, KINDS]],
    ['abc', [TOO_SHORT, KINDS]],
    ['abcdefgh', [KINDS]],
    ['abcdefg1', [KINDS]],
    ['ABCDEFG1', [KINDS]],
    ['12345678', [KINDS]],
    ['!@#$%^&*', [KINDS]],
    ['Abcdefgh', [KINDS]],
    ['A1!' + 'a'.repeat(126), [TOO_LONG]],
  ] as const)('refuses %j with %j', (pw, problems) => {
    expect(passwordProblems(pw, 'zhangsan')).toEqual(problems);
  });

  it.each([
    ['Zhangsan2024!', 'zhangsan'],
    ['zhangsan2024!X', 'ZhangSan'],
    ['My-shuji-Pw1', 'shuji'],
    ['Admin@2026', 'admin'],
  ])('refuses %j, which contains the username %j (any case)', (pw, user) => {
    expect(passwordProblems(pw, user)).toEqual([HAS_USERNAME]);
  });

  it('does not compare with an empty username', () => {
    expect(passwordProblems('Abcdefg1', '')).toEqual([]);
  });

  it('lists every problem at once', () => {
    expect(passwordProblems('admin', 'admin')).toEqual([TOO_SHORT, KINDS, HAS_USERNAME]);
  });
});
