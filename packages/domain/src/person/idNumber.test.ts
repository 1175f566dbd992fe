import { describe, it, expect } from 'vitest';
import {
  checkIdNumber,
  idCheckChar,
  ID_PROBLEM_MESSAGES,
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
  parseIdNumber,
} from './idNumber.js';

/**
 * GB 11643-1999 / ISO 7064 MOD 11-2, computed here from the definition rather than from the code under test:
 * weight of position i (1-based, from the left) is 2^(18-i) mod 11; check value = (12 − Σ mod 11) mod 11, 10 → X.
 */
function expectedCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const v = (12 - (sum % 11)) % 11;
  return v === 10 ? 'X' : String(v);
}
const withCheck = (first17: string) => first17 + expectedCheckChar(first17);

/** the same number with a check character that is wrong */
function withWrongCheck(first17: string): string {
  const right = expectedCheckChar(first17);
  return first17 + (right === '0' ? '1' : '0');
}

describe('GB 11643 check character (independent computation)', () => {
  it('matches the example printed in GB 11643-1999', () => {
    expect(expectedCheckChar('11010519491231002')).toBe('X');
  });

  it.each([
    '11010519491231002',
    '33010619850315123',
    '33010219700101001',
    '33010819921128004',
    '33012220000229007',
    '33018319631010155',
    '33010519781231999',
    '33010620011111000',
  ])('idCheckChar(%s) agrees with the definition', (first17) => {
    expect(idCheckChar(first17)).toBe(expectedCheckChar(first17));
  });

  it('agrees with the definition on each of the 11 possible check values', () => {
    const seen = new Set<string>();
    for (let seq = 0; seq < 200 && seen.size < 11; seq++) {
      const first17 = `330106198503${String(15).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
      const c = expectedCheckChar(first17);
      seen.add(c);
      expect(idCheckChar(first17)).toBe(c);
    }
    expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });
});

describe('parseIdNumber: valid numbers', () => {
  it.each([
    // first 17, birth date, gender (17th digit odd = male)
    ['11010519491231002', '1949-12-31', 'female'],
    ['33010619850315123', '1985-03-15', 'male'],
    ['33010219700101001', '1970-01-01', 'male'],
    ['33010819921128004', '1992-11-28', 'female'],
    ['33012220000229007', '2000-02-29', 'male'],
    ['33018319631010150', '1963-10-10', 'female'],
    ['33010519001231008', '1900-12-31', 'female'],
  ] as const)('%s + check → %s, %s', (first17, birthDate, gender) => {
    expect(parseIdNumber(withCheck(first17))).toEqual({ ok: true, info: { birthDate, gender } });
  });

  it('accepts a trailing lower-case x, and surrounding spaces', () => {
    expect(parseIdNumber('11010519491231002x')).toEqual({ ok: true, info: { birthDate: '1949-12-31', gender: 'female' } });
    expect(parseIdNumber('  11010519491231002X \t')).toMatchObject({ ok: true });
    expect(normalizeIdNumber(' 11010519491231002x ')).toBe('11010519491231002X');
  });

  it('reads gender from the 17th digit: 0 is female, 9 is male', () => {
    for (let d = 0; d <= 9; d++) {
      const r = parseIdNumber(withCheck(`3301061985031512${d}`));
      expect(r).toMatchObject({ ok: true, info: { gender: d % 2 === 1 ? 'male' : 'female' } });
    }
  });
});

describe('parseIdNumber: refused numbers', () => {
  it('refuses every wrong check character', () => {
    const first17 = '33010619850315123';
    const right = expectedCheckChar(first17);
    for (const c of '0123456789X') {
      if (c === right) continue;
      expect(parseIdNumber(first17 + c)).toEqual({ ok: false, problem: 'checkDigit' });
    }
  });

  it.each([
    ['19990230', 'Feb 30'],
    ['19990229', 'Feb 29 of a common year'],
    ['19000229', '1900 is not a leap year'],
    ['19991301', 'month 13'],
    ['19990001', 'month 0'],
    ['19990100', 'day 0'],
    ['19990431', 'April 31'],
    ['18991231', 'before 1900'],
  ])('refuses the birth date %s (%s)', (ymd) => {
    expect(parseIdNumber(withCheck(`330106${ymd}123`))).toEqual({ ok: false, problem: 'birthDate' });
  });

  it.each([
    ['', 'empty'],
    ['3301061985031512', '16 characters'],
    ['33010619850315123', '17 characters'],
    ['3301061985031512341', '19 characters'],
    ['330106198503151234 5', 'a space inside'],
    ['X3010619850315123' + '4', 'X not at the end'],
    ['33010619850315123Y', 'a letter other than X'],
    ['３３０１０６１９８５０３１５１２３４', 'full-width digits'],
    ['330106850315123', 'the old 15-digit form'],
  ])('refuses %j (%s) as a format problem', (raw) => {
    expect(parseIdNumber(raw)).toEqual({ ok: false, problem: 'format' });
  });
});

describe('checkIdNumber: messages', () => {
  const id = withCheck('33010619850315123'); // 1985-03-15, male

  it('says nothing when the recorded birth date and gender agree, or are not recorded', () => {
    expect(checkIdNumber(id, { birthDate: '1985-03-15', gender: 'male' })).toEqual([]);
    expect(checkIdNumber(id, {})).toEqual([]);
    expect(checkIdNumber(id, { birthDate: null, gender: null })).toEqual([]);
  });

  it('names both dates when the birth date disagrees', () => {
    expect(checkIdNumber(id, { birthDate: '1985-03-16' })).toEqual([
      '出生日期 1985-03-16 与公民身份号码中的 1985-03-15 不一致',
    ]);
  });

  it('says which gender the number shows when the gender disagrees', () => {
    expect(checkIdNumber(id, { gender: 'female' })).toEqual(['性别与公民身份号码不一致（号码表明为男）']);
    expect(checkIdNumber('11010519491231002X', { gender: 'male' })).toEqual(['性别与公民身份号码不一致（号码表明为女）']);
  });

  it('gives both messages when both disagree', () => {
    expect(checkIdNumber(id, { birthDate: '1985-05-15', gender: 'female' })).toEqual([
      '出生日期 1985-05-15 与公民身份号码中的 1985-03-15 不一致',
      '性别与公民身份号码不一致（号码表明为男）',
    ]);
  });

  it('gives one message per kind of invalid number, and no comparison', () => {
    expect(checkIdNumber('123', { birthDate: '1985-03-15', gender: 'male' })).toEqual([ID_PROBLEM_MESSAGES.format]);
    expect(checkIdNumber(withCheck('33010619990230123'), {})).toEqual([ID_PROBLEM_MESSAGES.birthDate]);
    expect(checkIdNumber(withWrongCheck('33010619850315123'), { gender: 'female' })).toEqual([ID_PROBLEM_MESSAGES.checkDigit]);
  });

  it('the three messages are in Chinese and distinct', () => {
    expect(ID_PROBLEM_MESSAGES).toEqual({
      format: '公民身份号码应为18位，前17位为数字，最后一位为数字或X',
      birthDate: '公民身份号码中的出生日期不是有效日期',
      checkDigit: '公民身份号码校验位不正确，请核对是否录入有误',
    });
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['11010519491231002X', '110***********002X'],
    ['330106198503151234', '330***********1234'],
    ['110105491231002', '110********1002'],
    ['12345678', '123*5678'],
    ['1234567', '*******'],
    ['abc', '***'],
    ['', ''],
  ])('%j → %j', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });

  it('hides the whole birth date of an 18-digit number and keeps its length', () => {
    const masked = maskIdNumber('330106198503151234');
    expect(masked).toHaveLength(18);
    expect(masked.slice(6, 14)).toBe('********');
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['0571-87654321', '057****4321'],
    ['+8613812345678', '+86****5678'],
    ['87654321', '****4321'],
    ['7654321', '****4321'],
    ['123456', '******'],
    ['', ''],
  ])('%j → %j', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it.each(['7654321', '87654321', '987654321', '0987654321', '13812345678', '0571-87654321'])(
    'never shows every digit of %s',
    (phone) => {
      const masked = maskPhone(phone);
      const shown = masked.replace(/\*/g, '');
      expect(shown.length).toBeLessThanOrEqual(phone.length - 3);
    },
  );
});
