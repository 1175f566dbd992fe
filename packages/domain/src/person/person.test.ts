import { describe, it, expect } from 'vitest';
import {
  checkPersonFacts,
  codeOfLabel,
  GENDER_LABELS,
  isMemberCategory,
  PERSON_CATEGORIES,
  PERSON_CATEGORY_LABELS,
  PERSON_STATUS_LABELS,
  type PersonFacts,
} from './person.js';
import { ID_PROBLEM_MESSAGES } from './idNumber.js';

/** GB 11643 check character, computed here from the definition (weights 2^(17−i) mod 11). */
function withCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const v = (12 - (sum % 11)) % 11;
  return first17 + (v === 10 ? 'X' : String(v));
}
const MALE_1985 = withCheck('33010619850315123'); // born 1985-03-15, male
const FEMALE_1949 = '11010519491231002X'; // GB 11643's own example: born 1949-12-31, female

const ok: PersonFacts = {
  name: '张三',
  gender: 'male',
  ethnicity: '汉族',
  birthDate: '1985-03-15',
  idNumber: MALE_1985,
  education: '大学本科',
  category: 'full',
  joinedOn: '2008-06-20',
  confirmedOn: '2009-06-20',
  jobPost: '一级主任科员',
  phone: '13812345678',
};

const msgs = (p: Partial<PersonFacts>) => checkPersonFacts({ ...ok, ...p });

describe('checkPersonFacts: consistent facts pass', () => {
  it.each<[string, Partial<PersonFacts>]>([
    ['a full member with every field', {}],
    ['a full member with only the required fields', { gender: null, ethnicity: null, birthDate: null, education: null, joinedOn: null, confirmedOn: null, jobPost: null, phone: null }],
    ['a probationary member without a confirmation date', { category: 'probationary', joinedOn: '2025-11-01', confirmedOn: null }],
    ['an activist without party dates', { category: 'activist', joinedOn: null, confirmedOn: null }],
    ['a candidate without party dates', { category: 'candidate', joinedOn: undefined, confirmedOn: undefined }],
    ['an applicant without party dates', { category: 'applicant', joinedOn: null, confirmedOn: null }],
    ['confirmation on the day of joining', { confirmedOn: '2008-06-20' }],
    ['a lower-case x in the ID number', { idNumber: FEMALE_1949.toLowerCase(), birthDate: '1949-12-31', gender: 'female', joinedOn: '1970-07-01', confirmedOn: '1971-07-01' }],
    ['a 50-character name', { name: '张'.repeat(50) }],
    ['a name with a middle dot', { name: '阿依古丽·买买提' }],
    ['a landline', { phone: '0571-87654321' }],
    ['an international mobile', { phone: '+86 138 1234 5678' }],
    ['a landline with brackets', { phone: '(0571)87654321' }],
    ['an empty phone', { phone: '' }],
  ])('%s', (_label, p) => {
    expect(msgs(p)).toEqual([]);
  });
});

describe('checkPersonFacts: every message', () => {
  it.each<[string, Partial<PersonFacts>, { field: string; message: string }[]]>([
    ['an empty name', { name: '' }, [{ field: 'name', message: '姓名不能为空' }]],
    ['a blank name', { name: '   ' }, [{ field: 'name', message: '姓名不能为空' }]],
    ['a 51-character name', { name: '张'.repeat(51) }, [{ field: 'name', message: '姓名不能超过 50 个字' }]],
    ['a malformed ID number', { idNumber: '33010619850315' }, [{ field: 'idNumber', message: ID_PROBLEM_MESSAGES.format }]],
    ['an ID number with an impossible birth date', { idNumber: withCheck('33010619990230123'), birthDate: null }, [{ field: 'idNumber', message: ID_PROBLEM_MESSAGES.birthDate }]],
    [
      'an ID number with a wrong check character',
      { idNumber: MALE_1985.slice(0, 17) + (MALE_1985[17] === '0' ? '1' : '0') },
      [{ field: 'idNumber', message: ID_PROBLEM_MESSAGES.checkDigit }],
    ],
    [
      'a birth date that disagrees with the ID number',
      { birthDate: '1985-03-16' },
      [{ field: 'birthDate', message: '出生日期 1985-03-16 与公民身份号码中的 1985-03-15 不一致' }],
    ],
    ['a gender that disagrees with the ID number', { gender: 'female' }, [{ field: 'gender', message: '性别与公民身份号码不一致（号码表明为男）' }]],
    [
      'an impossible birth date',
      { birthDate: '1985-02-30' },
      [
        { field: 'birthDate', message: '出生日期 1985-02-30 与公民身份号码中的 1985-03-15 不一致' },
        { field: 'birthDate', message: '日期 1985-02-30 无效，请按 YYYY-MM-DD 填写真实日期' },
      ],
    ],
    ['an impossible join date', { joinedOn: '2008-13-01', confirmedOn: null }, [{ field: 'joinedOn', message: '日期 2008-13-01 无效，请按 YYYY-MM-DD 填写真实日期' }]],
    ['a join date in another spelling', { joinedOn: '2008/6/20', confirmedOn: null }, [{ field: 'joinedOn', message: '日期 2008/6/20 无效，请按 YYYY-MM-DD 填写真实日期' }]],
    ['an impossible confirmation date', { confirmedOn: '2009-02-29' }, [{ field: 'confirmedOn', message: '日期 2009-02-29 无效，请按 YYYY-MM-DD 填写真实日期' }]],
    ['joined before birth', { joinedOn: '1980-01-01', confirmedOn: null }, [{ field: 'joinedOn', message: '入党日期应晚于出生日期' }]],
    ['joined on the birth date', { joinedOn: '1985-03-15', confirmedOn: null }, [{ field: 'joinedOn', message: '入党日期应晚于出生日期' }]],
    [
      'joined before birth, the birth date taken from the ID number',
      { birthDate: null, joinedOn: '1984-12-31', confirmedOn: null },
      [{ field: 'joinedOn', message: '入党日期应晚于出生日期' }],
    ],
    ['confirmed before joining', { confirmedOn: '2008-06-19' }, [{ field: 'confirmedOn', message: '转正日期不能早于入党日期' }]],
    [
      'a probationary member with a confirmation date',
      { category: 'probationary', joinedOn: '2025-11-01', confirmedOn: '2026-11-01' },
      [{ field: 'confirmedOn', message: '预备党员尚未转正，不应填写转正日期' }],
    ],
    [
      'an activist with a join date',
      { category: 'activist', confirmedOn: null },
      [{ field: 'joinedOn', message: '入党积极分子尚未入党，不应填写入党或转正日期' }],
    ],
    [
      'a candidate with a confirmation date only',
      { category: 'candidate', joinedOn: null },
      [{ field: 'joinedOn', message: '发展对象尚未入党，不应填写入党或转正日期' }],
    ],
    [
      'an applicant with both dates',
      { category: 'applicant' },
      [{ field: 'joinedOn', message: '入党申请人尚未入党，不应填写入党或转正日期' }],
    ],
    ['letters in the phone', { phone: '138abcd5678' }, [{ field: 'phone', message: '联系电话格式不正确' }]],
    ['a phone of 4 digits', { phone: '1234' }, [{ field: 'phone', message: '联系电话格式不正确' }]],
    ['a phone of 21 digits', { phone: '1'.repeat(21) }, [{ field: 'phone', message: '联系电话格式不正确' }]],
    ['a full-width phone', { phone: '１３８１２３４５６７８' }, [{ field: 'phone', message: '联系电话格式不正确' }]],
  ])('%s', (_label, p, expected) => {
    expect(msgs(p)).toEqual(expected);
  });

  it('lists every problem of one row at once, in field order', () => {
    expect(
      checkPersonFacts({
        name: ' ',
        gender: 'female',
        birthDate: '1985-03-16',
        idNumber: MALE_1985,
        category: 'probationary',
        joinedOn: '2010-01-01',
        confirmedOn: '2009-01-01',
        phone: 'x',
      }),
    ).toEqual([
      { field: 'name', message: '姓名不能为空' },
      { field: 'birthDate', message: '出生日期 1985-03-16 与公民身份号码中的 1985-03-15 不一致' },
      { field: 'gender', message: '性别与公民身份号码不一致（号码表明为男）' },
      { field: 'confirmedOn', message: '转正日期不能早于入党日期' },
      { field: 'confirmedOn', message: '预备党员尚未转正，不应填写转正日期' },
      { field: 'phone', message: '联系电话格式不正确' },
    ]);
  });
});

describe('labels', () => {
  it('category and status labels are the glossary’s', () => {
    expect(PERSON_CATEGORY_LABELS).toEqual({
      full: '正式党员',
      probationary: '预备党员',
      candidate: '发展对象',
      activist: '入党积极分子',
      applicant: '入党申请人',
    });
    expect(PERSON_STATUS_LABELS).toEqual({
      active: '在册',
      transferredOut: '已转出',
      suspended: '停止党籍',
      lapsed: '自行脱党',
      leftParty: '出党',
      deceased: '去世',
    });
    expect(GENDER_LABELS).toEqual({ male: '男', female: '女' });
  });

  it('only 正式党员 and 预备党员 are members', () => {
    expect(PERSON_CATEGORIES.filter(isMemberCategory)).toEqual(['full', 'probationary']);
  });

  it.each([
    ['正式党员', 'full'],
    [' 预备党员 ', 'probationary'],
    ['入党积极分子', 'activist'],
    ['发展对象', 'candidate'],
    ['入党申请人', 'applicant'],
    ['full', 'full'],
    ['党员', undefined],
    ['', undefined],
  ])('codeOfLabel(categories, %j) = %j', (label, code) => {
    expect(codeOfLabel(PERSON_CATEGORY_LABELS, label)).toBe(code);
  });

  it('codeOfLabel reads genders and statuses', () => {
    expect(codeOfLabel(GENDER_LABELS, '女')).toBe('female');
    expect(codeOfLabel(PERSON_STATUS_LABELS, '已转出')).toBe('transferredOut');
    expect(codeOfLabel(PERSON_STATUS_LABELS, '转出')).toBeUndefined();
  });
});
