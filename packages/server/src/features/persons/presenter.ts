import { BRANCH_ROLE_LABELS, maskIdNumber, type BranchRole, type PersonAccess } from '@zhibu/domain';
import type { PersonRow } from '@zhibu/schemas';
import type { PersonRecord } from '../../db/types.js';

export interface PlaceNames {
  branch: { id: string; name: string } | null;
  group: { id: string; name: string } | null;
}

export function postLabels(posts: { role: string; groupName: string | null }[]): string[] {
  return posts.map((p) => (p.role === 'groupLeader' ? `党小组长（${p.groupName}）` : (BRANCH_ROLE_LABELS[p.role as BranchRole] ?? p.role)));
}

type PersonFields = Pick<
  PersonRecord,
  'id' | 'name' | 'gender' | 'ethnicity' | 'birth_date' | 'id_number' | 'education' | 'category' | 'joined_on' | 'confirmed_on' | 'job_post' | 'phone' | 'status'
>;

/** One person as this viewer may see them: the ID masked and the phone withheld per contracts §4. */
export function presentPerson(p: PersonFields, access: PersonAccess, place: PlaceNames, posts: string[]): PersonRow {
  return {
    id: p.id,
    name: p.name,
    gender: p.gender,
    ethnicity: p.ethnicity,
    birthDate: p.birth_date,
    idNumber: access.idNumber === 'full' ? p.id_number : maskIdNumber(p.id_number),
    idNumberMasked: access.idNumber !== 'full',
    education: p.education,
    category: p.category,
    joinedOn: p.joined_on,
    confirmedOn: p.confirmed_on,
    jobPost: p.job_post,
    phone: access.phone ? p.phone : null,
    status: p.status,
    branch: place.branch,
    group: place.group,
    posts,
    abilities: { edit: access.edit },
  };
}
