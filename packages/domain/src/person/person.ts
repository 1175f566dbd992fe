import { checkIdNumber, parseIdNumber, type Gender } from './idNumber.js';
import { isValidDate, type CalendarDate } from '../time/calendarDate.js';

/** 人员类别: members (正式/预备) and people in development (contracts §4 "activist, candidate"). */
export const PERSON_CATEGORIES = ['full', 'probationary', 'candidate', 'activist', 'applicant'] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];
export const PERSON_CATEGORY_LABELS: Record<PersonCategory, string> = {
  full: '正式党员',
  probationary: '预备党员',
  candidate: '发展对象',
  activist: '入党积极分子',
  applicant: '入党申请人',
};
export const isMemberCategory = (c: PersonCategory): boolean => c === 'full' || c === 'probationary';

export const PERSON_STATUSES = ['active', 'transferredOut', 'suspended', 'lapsed', 'leftParty', 'deceased'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];
export const PERSON_STATUS_LABELS: Record<PersonStatus, string> = {
  active: '在册',
  transferredOut: '已转出',
  suspended: '停止党籍',
  lapsed: '自行脱党',
  leftParty: '出党',
  deceased: '去世',
};

export const GENDER_LABELS: Record<Gender, string> = { male: '男', female: '女' };

/** Looks a label up in a label table (e.g. `正式党员` → `full`). */
export function codeOfLabel<K extends string>(labels: Record<K, string>, label: string): K | undefined {
  const t = label.trim();
  return (Object.keys(labels) as K[]).find((k) => labels[k] === t || k === t);
}

/** The roster facts of one person, as entered (form or spreadsheet row). */
export interface PersonFacts {
  name: string;
  gender?: Gender | null;
  ethnicity?: string | null;
  birthDate?: CalendarDate | null;
  idNumber: string;
  education?: string | null;
  category: PersonCategory;
  joinedOn?: CalendarDate | null;
  confirmedOn?: CalendarDate | null;
  jobPost?: string | null;
  phone?: string | null;
}

export interface FieldProblem {
  field: keyof PersonFacts;
  message: string;
}

const PHONE_RE = /^[0-9+\-() ]{5,20}$/;

/**
 * Checks one person's roster facts against each other (GB 11643, dates in order, category and dates agreeing).
 * Returns every problem found, in Chinese, so that a form or an import row can list them all at once.
 */
export function checkPersonFacts(p: PersonFacts): FieldProblem[] {
  const out: FieldProblem[] = [];
  const name = p.name.trim();
  if (!name) out.push({ field: 'name', message: '姓名不能为空' });
  else if (name.length > 50) out.push({ field: 'name', message: '姓名不能超过 50 个字' });
  for (const msg of checkIdNumber(p.idNumber, { birthDate: p.birthDate ?? null, gender: p.gender ?? null })) {
    out.push({ field: msg.startsWith('出生日期') ? 'birthDate' : msg.startsWith('性别') ? 'gender' : 'idNumber', message: msg });
  }
  for (const f of ['birthDate', 'joinedOn', 'confirmedOn'] as const) {
    const v = p[f];
    if (v && !isValidDate(v)) out.push({ field: f, message: `日期 ${v} 无效，请按 YYYY-MM-DD 填写真实日期` });
  }
  const parsed = parseIdNumber(p.idNumber);
  const birth = p.birthDate ?? (parsed.ok ? parsed.info.birthDate : null);
  if (p.joinedOn && birth && isValidDate(p.joinedOn) && p.joinedOn <= birth) {
    out.push({ field: 'joinedOn', message: '入党日期应晚于出生日期' });
  }
  if (p.confirmedOn && p.joinedOn && p.confirmedOn < p.joinedOn) {
    out.push({ field: 'confirmedOn', message: '转正日期不能早于入党日期' });
  }
  if (p.category === 'probationary' && p.confirmedOn) {
    out.push({ field: 'confirmedOn', message: '预备党员尚未转正，不应填写转正日期' });
  }
  if (!isMemberCategory(p.category) && (p.joinedOn || p.confirmedOn)) {
    out.push({ field: 'joinedOn', message: `${PERSON_CATEGORY_LABELS[p.category]}尚未入党，不应填写入党或转正日期` });
  }
  if (p.phone && !PHONE_RE.test(p.phone.trim())) out.push({ field: 'phone', message: '联系电话格式不正确' });
  return out;
}
