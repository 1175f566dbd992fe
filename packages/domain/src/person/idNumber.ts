/**
 * 公民身份号码 (GB 11643-1999): 6-digit area code, 8-digit birth date, 3-digit sequence (odd = male),
 * and a check character computed with ISO 7064 MOD 11-2.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type Gender = 'male' | 'female';

export interface IdNumberInfo {
  birthDate: string; // YYYY-MM-DD
  gender: Gender;
}

export type IdNumberProblem = 'format' | 'birthDate' | 'checkDigit';

export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** Normalizes case and surrounding spaces; a trailing lower-case x is accepted. */
export function normalizeIdNumber(raw: string): string {
  return raw.trim().toUpperCase();
}

export function parseIdNumber(raw: string): { ok: true; info: IdNumberInfo } | { ok: false; problem: IdNumberProblem } {
  const id = normalizeIdNumber(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: 'format' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, problem: 'birthDate' };
  }
  if (idCheckChar(id.slice(0, 17)) !== id[17]) return { ok: false, problem: 'checkDigit' };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const gender: Gender = Number(id[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, info: { birthDate, gender } };
}

export const ID_PROBLEM_MESSAGES: Record<IdNumberProblem, string> = {
  format: '公民身份号码应为18位，前17位为数字，最后一位为数字或X',
  birthDate: '公民身份号码中的出生日期不是有效日期',
  checkDigit: '公民身份号码校验位不正确，请核对是否录入有误',
};

/** Validates an ID number against the birth date and gender recorded beside it; returns Chinese messages. */
export function checkIdNumber(raw: string, recorded: { birthDate?: string | null; gender?: Gender | null }): string[] {
  const parsed = parseIdNumber(raw);
  if (!parsed.ok) return [ID_PROBLEM_MESSAGES[parsed.problem]];
  const errors: string[] = [];
  if (recorded.birthDate && recorded.birthDate !== parsed.info.birthDate) {
    errors.push(`出生日期 ${recorded.birthDate} 与公民身份号码中的 ${parsed.info.birthDate} 不一致`);
  }
  if (recorded.gender && recorded.gender !== parsed.info.gender) {
    errors.push(`性别与公民身份号码不一致（号码表明为${parsed.info.gender === 'male' ? '男' : '女'}）`);
  }
  return errors;
}

/** Masks an ID number for viewers who may not see it in full: keeps the area's first 3 and the last 4. */
export function maskIdNumber(id: string): string {
  if (id.length < 8) return '*'.repeat(id.length);
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`;
}

/**
 * Masks a phone number: `138****5678` for a mobile (11 characters or more); a shorter number (a 7- or 8-digit
 * landline) keeps only its last 4, since its first 3 and last 4 together would be the whole number.
 */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  if (phone.length < 11) return `****${phone.slice(-4)}`;
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
