import { nameSearchKeys, type PersonFacts } from '@zhibu/domain';

/** A person's roster facts as `persons` columns, with the pinyin search keys kept beside the name. */
export function personColumns(f: PersonFacts) {
  const keys = nameSearchKeys(f.name);
  return {
    name: f.name,
    gender: f.gender ?? null,
    ethnicity: f.ethnicity ?? null,
    birth_date: f.birthDate ?? null,
    id_number: f.idNumber,
    education: f.education ?? null,
    category: f.category,
    joined_on: f.joinedOn ?? null,
    confirmed_on: f.confirmedOn ?? null,
    job_post: f.jobPost ?? null,
    phone: f.phone ?? null,
    name_initials: keys.initials,
    name_pinyin: keys.full,
  };
}
