import { addDays, addYears, ageOn, daysBetween, idCheckChar } from '@zhibu/domain';
import { createNamer, drawEducation, drawEthnicity, drawJobPost, type Generation } from './names.js';
import type { Rng } from './random.js';

export type DemoCategory = 'full' | 'probationary' | 'activist' | 'candidate' | 'applicant';

export interface DemoPerson {
  id: string;
  name: string;
  gender: 'male' | 'female';
  ethnicity: string;
  birthDate: string;
  idNumber: string;
  education: string;
  category: DemoCategory;
  joinedOn: string | null;
  confirmedOn: string | null;
  jobPost: string;
  phone: string;
  status: 'active';
}

/** What kind of person to draw. */
export interface PersonSpec {
  category: DemoCategory;
  /** 'staff' (in post), 'retired' (退休干部) or 'veteran' (离休干部: joined work before 1 October 1949) */
  kind?: 'staff' | 'retired' | 'veteran';
  /** a full member confirmed within the last year (joined one to two years before asOf) */
  recent?: boolean;
  /** force a surname, e.g. a polyphonic one */
  surname?: string;
  gender?: 'male' | 'female';
  /** a fixed age range in completed years at asOf */
  age?: readonly [number, number];
}

/** Districts and counties of one prefecture (杭州市, 3301xx) for the first six digits of ID numbers. */
const AREA_CODES = ['330102', '330105', '330106', '330108', '330109', '330110', '330111', '330112', '330122', '330127', '330182'] as const;

/**
 * Returns a function that draws one person at a time. `rng` draws the facts and `ids` the UUIDs, so that a
 * person's id depends only on how many people were drawn before, not on asOf.
 */
export function createPersonMaker(rng: Rng, ids: Rng, asOf: string): (spec: PersonSpec) => DemoPerson {
  const nameOf = createNamer(rng);
  const usedIds = new Set<string>();
  const usedPhones = new Set<string>();

  /** a birth date giving exactly `age` completed years at asOf */
  const birthForAge = (age: number): string => {
    const lo = addYears(asOf, -(age + 1));
    const hi = addYears(asOf, -age);
    return addDays(lo, rng.int(1, daysBetween(lo, hi)));
  };

  const idNumberOf = (birthDate: string, gender: 'male' | 'female'): string => {
    for (;;) {
      const area = rng.pick(AREA_CODES);
      const genderDigit = 2 * rng.int(0, 4) + (gender === 'male' ? 1 : 0);
      const first17 = `${area}${birthDate.replace(/-/g, '')}${String(rng.int(0, 99)).padStart(2, '0')}${genderDigit}`;
      const id = first17 + idCheckChar(first17);
      if (!usedIds.has(id)) {
        usedIds.add(id);
        return id;
      }
    }
  };

  const phone = (): string => {
    for (;;) {
      const p = `13${rng.int(0, 9)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
      if (!usedPhones.has(p)) {
        usedPhones.add(p);
        return p;
      }
    }
  };

  /** the join date of a full member: at a drawn age, never later than a year (and two weeks) before asOf */
  const fullMemberDates = (birthDate: string, age: number, spec: PersonSpec): { joinedOn: string; confirmedOn: string } => {
    const latest = addDays(addYears(asOf, -1), -15);
    const recentJoin = addDays(latest, -rng.int(0, 320));
    const joinAge = spec.kind === 'veteran' ? 18 : rng.int(19, Math.max(19, Math.min(age - 2, spec.kind === 'retired' ? 35 : 38)));
    let joinedOn = addDays(addYears(birthDate, joinAge), rng.int(30, 330));
    if (spec.recent || joinedOn > latest) joinedOn = recentJoin;
    return { joinedOn, confirmedOn: addYears(joinedOn, 1) };
  };

  return (spec) => {
    const kind = spec.kind ?? 'staff';
    const generation: Generation = kind === 'staff' ? 'young' : 'old';
    const gender = spec.gender ?? (rng.chance(kind === 'staff' ? 0.45 : 0.4) ? 'female' : 'male');
    const [minAge, maxAge] =
      spec.age ??
      (kind === 'veteran'
        ? [94, 97]
        : kind === 'retired'
          ? [60, 85]
          : spec.category === 'full'
            ? [26, 59]
            : [24, 33]);
    const age = rng.int(minAge, maxAge);
    const birthDate = birthForAge(age);
    const name = nameOf(gender, generation, spec.surname);
    let joinedOn: string | null = null;
    let confirmedOn: string | null = null;
    if (spec.category === 'full') ({ joinedOn, confirmedOn } = fullMemberDates(birthDate, age, spec));
    else if (spec.category === 'probationary') joinedOn = addDays(asOf, -rng.int(20, 340));
    const person: DemoPerson = {
      id: ids.uuid(),
      name,
      gender,
      ethnicity: drawEthnicity(rng),
      birthDate,
      idNumber: idNumberOf(birthDate, gender),
      education: kind === 'veteran' ? rng.pick(['初中', '高中']) : drawEducation(rng, generation),
      category: spec.category,
      joinedOn,
      confirmedOn,
      jobPost: kind === 'veteran' ? '离休干部' : kind === 'retired' ? '退休干部' : drawJobPost(rng, age),
      phone: phone(),
      status: 'active',
    };
    if (ageOn(birthDate, asOf) !== age) throw new Error(`demo: age drift for ${name}`);
    return person;
  };
}
