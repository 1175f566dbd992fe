import type { PersonSpec } from './people.js';

export type DemoBranchRole = 'secretary' | 'deputySecretary' | 'organizationMember' | 'publicityMember' | 'disciplineMember' | 'committeeMember';

export const ORGAN_NAME = 'XX市人大常委会机关';

/** The units of a city People's Congress Standing Committee organ (product.md, "A realistic organ"). */
export const UNIT_NAMES = [
  '办公厅',
  '研究室',
  '法制工作委员会',
  '预算工作委员会',
  '代表工作委员会(人事代表选举联络)',
  '监察和司法委员会',
  '财政经济委员会',
  '教育科学文化卫生委员会',
  '城乡建设环境保护委员会',
  '农业与农村委员会',
  '民族宗教侨务外事委员会',
  '社会建设委员会',
  '机关党委',
] as const;
export type UnitName = (typeof UNIT_NAMES)[number];

/** How many people of each kind a branch has. `recent` full members were confirmed within the last year. */
export interface BranchPlan {
  shortName: string;
  /** the part between the organ's name and 党支部 in the full name, when it differs from the short name's */
  fullCore?: string;
  kind: 'single' | 'joint';
  units: UnitName[];
  /** the branch was founded in January–June of this many years before asOf's year */
  foundedYearsAgo: number;
  full: number;
  recent?: number;
  probationary?: number;
  candidate?: number;
  activist?: number;
  /** 'retired' for 离退休干部党支部: 退休干部, with this many 离休干部 among them */
  retired?: { veterans: number };
  /** committee roles (one person each), or a single 书记 where there is no committee */
  committee: DemoBranchRole[];
  groups: number;
  /** surnames forced on the first full members, so that the demo has polyphonic surnames to search for */
  surnames?: string[];
  /** group moves inside the branch, for history */
  groupMoves?: number;
  /**
   * The current term, when the demo wants it at a given point (a term ending soon, an expired one); otherwise it
   * began at a drawn date and runs 5 years. Gaps are deliberate, so that the 体检 shows every status (issue 4).
   */
  term?: { startedMonthsAgo: number; years: number };
  gaps?: ('secretaryUnapproved' | 'noElectionDate' | 'twoPersonGroup')[];
}

export const FIVE: DemoBranchRole[] = ['secretary', 'deputySecretary', 'organizationMember', 'publicityMember', 'disciplineMember'];

export const BRANCH_PLANS: BranchPlan[] = [
  {
    shortName: '办公厅第一党支部',
    kind: 'single',
    units: ['办公厅'],
    foundedYearsAgo: 22,
    full: 25,
    recent: 2,
    probationary: 2,
    candidate: 1,
    activist: 2,
    committee: FIVE,
    groups: 3,
    term: { startedMonthsAgo: 32, years: 3 },
    surnames: ['张', '王', '李', '刘', '陈', '单'],
    groupMoves: 2,
  },
  {
    shortName: '办公厅第二党支部',
    kind: 'single',
    // the 机关党委's own office staff sit in this branch (ORG-1: every unit is covered by a branch)
    units: ['办公厅', '机关党委'],
    foundedYearsAgo: 15,
    full: 17,
    recent: 1,
    probationary: 1,
    candidate: 1,
    activist: 1,
    committee: ['secretary', 'organizationMember', 'publicityMember'],
    groups: 2,
    surnames: ['周', '徐', '孙', '曾'],
    groupMoves: 1,
  },
  {
    shortName: '研究室党支部',
    kind: 'single',
    units: ['研究室'],
    foundedYearsAgo: 18,
    full: 8,
    probationary: 1,
    committee: ['secretary', 'organizationMember', 'disciplineMember'],
    groups: 0,
    term: { startedMonthsAgo: 38, years: 3 },
    surnames: ['黄', '赵', '解'],
  },
  {
    shortName: '法制工作委员会党支部',
    kind: 'single',
    units: ['法制工作委员会'],
    foundedYearsAgo: 20,
    full: 8,
    probationary: 1,
    activist: 1,
    committee: ['secretary', 'organizationMember', 'publicityMember'],
    groups: 0,
    gaps: ['secretaryUnapproved'],
    surnames: ['吴', '仇'],
  },
  {
    shortName: '预算工作委员会党支部',
    kind: 'single',
    units: ['预算工作委员会'],
    foundedYearsAgo: 9,
    full: 7,
    candidate: 1,
    committee: ['secretary', 'deputySecretary', 'organizationMember'],
    groups: 0,
    gaps: ['noElectionDate'],
  },
  {
    shortName: '财经教科文卫城建联合党支部',
    fullCore: '财政经济委员会、教育科学文化卫生委员会、城乡建设环境保护委员会联合',
    kind: 'joint',
    units: ['财政经济委员会', '教育科学文化卫生委员会', '城乡建设环境保护委员会'],
    foundedYearsAgo: 7,
    full: 12,
    recent: 1,
    probationary: 1,
    activist: 1,
    // four: an even-sized committee, which this standard does not allow (ORG-2)
    committee: ['secretary', 'organizationMember', 'publicityMember', 'disciplineMember'],
    groups: 0,
    surnames: ['杨', '区'],
  },
  {
    shortName: '监察司法农业农村社会建设联合党支部',
    fullCore: '监察和司法委员会、农业与农村委员会、社会建设委员会联合',
    kind: 'joint',
    units: ['监察和司法委员会', '农业与农村委员会', '社会建设委员会'],
    foundedYearsAgo: 7,
    full: 8,
    activist: 1,
    committee: ['secretary', 'organizationMember', 'committeeMember'],
    groups: 0,
  },
  {
    shortName: '代表工作委员会党支部',
    kind: 'single',
    units: ['代表工作委员会(人事代表选举联络)'],
    foundedYearsAgo: 12,
    full: 6,
    probationary: 1,
    committee: ['secretary'],
    groups: 0,
  },
  {
    shortName: '民族宗教侨务外事委员会党支部',
    kind: 'single',
    units: ['民族宗教侨务外事委员会'],
    foundedYearsAgo: 10,
    full: 4,
    activist: 1,
    committee: ['secretary'],
    groups: 0,
  },
  {
    shortName: '离退休干部党支部',
    kind: 'single',
    units: [],
    foundedYearsAgo: 25,
    full: 25,
    retired: { veterans: 1 },
    committee: ['secretary', 'organizationMember', 'publicityMember'],
    groups: 2,
    gaps: ['twoPersonGroup'],
    surnames: ['林', '查'],
  },
];

export const fullNameOf = (p: BranchPlan): string => `中共${ORGAN_NAME}${p.fullCore ?? p.shortName.replace(/党支部$/, '')}党支部`;

/** The person specs of a plan, full members first (the first ones carry the forced surnames). */
export function specsOf(p: BranchPlan): PersonSpec[] {
  const out: PersonSpec[] = [];
  for (let i = 0; i < p.full; i++) {
    const kind = p.retired ? (i < p.retired.veterans ? 'veteran' : 'retired') : 'staff';
    const recent = !p.retired && i >= p.full - (p.recent ?? 0);
    out.push({
      category: 'full',
      kind,
      recent,
      // people join the party young: a member confirmed within the last year is under 35
      ...(recent ? { age: [26, 34] as const } : {}),
      ...(p.surnames?.[i] ? { surname: p.surnames[i] } : {}),
    });
  }
  for (let i = 0; i < (p.probationary ?? 0); i++) out.push({ category: 'probationary' });
  for (let i = 0; i < (p.candidate ?? 0); i++) out.push({ category: 'candidate' });
  for (let i = 0; i < (p.activist ?? 0); i++) out.push({ category: 'activist' });
  return out;
}
