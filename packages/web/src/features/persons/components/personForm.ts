import type { Dayjs } from 'dayjs';
import type { PersonDetail } from '@zhibu/schemas';
import { fromDayjs, toDayjs } from '../../../lib/dates';
import type { PersonCreateInput, PersonFactsInput, PersonUpdateInput } from '../api';

/** What the person form holds: dates as dayjs for the pickers. */
export interface PersonFormValues {
  name: string;
  gender?: PersonDetail['gender'];
  ethnicity?: string | null;
  birthDate?: Dayjs | null;
  idNumber?: string;
  education?: string | null;
  category: PersonDetail['category'];
  joinedOn?: Dayjs | null;
  confirmedOn?: Dayjs | null;
  jobPost?: string | null;
  phone?: string | null;
  status?: PersonDetail['status'];
  branchId?: string;
  groupId?: string | null;
  startOn?: Dayjs | null;
}

const text = (s: string | null | undefined): string | null => (s && s.trim() ? s.trim() : null);

export function factsOf(v: PersonFormValues): PersonFactsInput {
  return {
    name: v.name.trim(),
    gender: v.gender ?? null,
    ethnicity: text(v.ethnicity),
    birthDate: fromDayjs(v.birthDate),
    idNumber: (v.idNumber ?? '').trim().toUpperCase(),
    education: text(v.education),
    category: v.category,
    joinedOn: fromDayjs(v.joinedOn),
    confirmedOn: fromDayjs(v.confirmedOn),
    jobPost: text(v.jobPost),
    phone: text(v.phone),
  };
}

export function createInputOf(v: PersonFormValues): PersonCreateInput {
  const startOn = fromDayjs(v.startOn);
  return { ...factsOf(v), branchId: v.branchId ?? '', groupId: v.groupId ?? null, ...(startOn ? { startOn } : {}) };
}

/** Only the fields that changed; a masked ID number left empty is not sent. */
export function updateInputOf(v: PersonFormValues, before: PersonDetail): PersonUpdateInput {
  const facts = factsOf(v);
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(facts) as [keyof PersonFactsInput, unknown][]) {
    if (k === 'idNumber' && (before.idNumberMasked ? !val : val === before.idNumber)) continue;
    if (val !== before[k]) out[k] = val;
  }
  if (v.status && v.status !== before.status) out.status = v.status;
  return out as PersonUpdateInput;
}

export function formValuesOf(p: PersonDetail): PersonFormValues {
  return {
    name: p.name,
    gender: p.gender,
    ethnicity: p.ethnicity,
    birthDate: toDayjs(p.birthDate),
    idNumber: p.idNumberMasked ? '' : p.idNumber,
    education: p.education,
    category: p.category,
    joinedOn: toDayjs(p.joinedOn),
    confirmedOn: toDayjs(p.confirmedOn),
    jobPost: p.jobPost,
    phone: p.phone,
    status: p.status,
  };
}
