/**
 * Test-only builders of check facts (not exported from the package): each returns a valid record with plain
 * defaults, and the overrides say what the test is about.
 */
import { runCheck } from '../check/evaluate.js';
import type {
  BranchFacts,
  CheckFacts,
  CommitteeFact,
  CommitteeMemberFact,
  GroupFact,
  PersonFact,
  PostFact,
  VacancyFact,
} from '../check/facts.js';
import type { Finding, ParamValue } from '../check/finding.js';
import type { ParamKey } from '../check/params.js';
import type { Rule } from '../check/rule.js';
import type { BranchRole } from '../access/roles.js';
import type { CalendarDate } from '../time/calendarDate.js';
import { emptyDuesFacts } from '../dues/facts.js';
import { emptyDevelopmentFacts } from '../development/facts.js';
import { emptyLapseFacts } from '../lapse/facts.js';
import { emptyCareFacts } from '../care/facts.js';
import { emptyVenueFacts } from '../venues/facts.js';
import { emptyArchiveFacts } from '../archive/facts.js';

/** The usual "today" of the rule tests. */
export const AS_OF = '2026-06-15';
const LONG_AGO = '2000-01-01';

/** A 正式党员 of the branch since 2015 (override category, dates, status or memberships). */
export function person(id: string, overrides: Partial<PersonFact> = {}): PersonFact {
  return {
    id,
    name: `党员${id}`,
    category: 'full',
    joinedOn: '2010-07-01',
    confirmedOn: '2011-07-01',
    status: 'active',
    memberships: [{ startOn: '2015-01-01', endOn: null }],
    ...overrides,
  };
}

/** n 正式党员 with ids `${prefix}1`…  */
export const fullMembers = (n: number, prefix = 'f'): PersonFact[] => Array.from({ length: n }, (_, i) => person(`${prefix}${i + 1}`));

/** A 预备党员 joined on `joinedOn`; give `confirmedOn` to make them full from that date. */
export function probationary(id: string, joinedOn: CalendarDate, confirmedOn: CalendarDate | null = null): PersonFact {
  return confirmedOn ? person(id, { joinedOn, confirmedOn }) : person(id, { category: 'probationary', joinedOn, confirmedOn: null });
}

export function committeeMember(personId: string, role: BranchRole, overrides: Partial<CommitteeMemberFact> = {}): CommitteeMemberFact {
  return {
    id: `cm-${personId}-${role}`,
    personId,
    name: `委员${personId}`,
    role,
    origin: 'elected',
    approvedOn: role === 'secretary' || role === 'deputySecretary' ? '2024-06-20' : null,
    startOn: '2024-06-01',
    endOn: null,
    ...overrides,
  };
}

/** The usual five portfolios, as members m1…m5 (书记, 组织, 宣传, 纪检, 委员). */
export const FIVE: readonly BranchRole[] = ['secretary', 'organizationMember', 'publicityMember', 'disciplineMember', 'committeeMember'];

/** A 支部委员会 elected 2024-06-01 for 3 years, with `roles` seated as m1, m2, … (default: 书记, 组织, 宣传). */
export function committee(overrides: Partial<CommitteeFact> & { roles?: readonly BranchRole[] } = {}): CommitteeFact {
  const { roles = ['secretary', 'organizationMember', 'publicityMember'], ...rest } = overrides;
  const startOn = rest.startOn ?? '2024-06-01';
  return {
    id: 'c1',
    kind: 'committee',
    startOn,
    termYears: 3,
    electedOn: startOn,
    endedOn: null,
    extensions: [],
    members: roles.map((r, i) => committeeMember(`m${i + 1}`, r, { startOn })),
    vacancies: [],
    election: null,
    ...rest,
  };
}

export function vacancy(role: BranchRole, arisenOn: CalendarDate, overrides: Partial<VacancyFact> = {}): VacancyFact {
  return { id: `v-${role}`, role, personName: '张三', arisenOn, filledOn: null, filledBy: null, ...overrides };
}

export function post(personId: string, role: BranchRole, overrides: Partial<PostFact> = {}): PostFact {
  return { personId, name: `党员${personId}`, role, startOn: '2020-01-01', endOn: null, ...overrides };
}

/** A 党小组 founded 2015 whose members are `personIds` (since 2015), led by `leader`. */
export function group(personIds: readonly string[], overrides: Partial<GroupFact> = {}): GroupFact {
  return {
    id: 'g1',
    name: '第一党小组',
    leaderPersonId: personIds[0] ?? null,
    foundedOn: '2015-01-01',
    dissolvedOn: null,
    memberships: personIds.map((personId) => ({ personId, startOn: '2015-01-01', endOn: null })),
    ...overrides,
  };
}

/** A single branch founded 2015 with five 正式党员 and nothing else. */
export function buildBranch(overrides: Partial<BranchFacts> = {}): BranchFacts {
  return {
    id: 'b1',
    fullName: '办公厅第一党支部',
    shortName: '第一支部',
    kind: 'single',
    foundedOn: '2015-01-01',
    dissolvedOn: null,
    persons: fullMembers(5),
    groups: [],
    committees: [],
    posts: [],
    meetings: [],
    plannedMeetings: [],
    talks: [],
    rectifications: [],
    appraisals: [],
    reports: [],
    memberReports: [],
    recordBooks: [],
    dues: emptyDuesFacts(),
    development: emptyDevelopmentFacts(),
    lapse: emptyLapseFacts(),
    care: emptyCareFacts(),
    venues: emptyVenueFacts(),
    archive: emptyArchiveFacts(),
    ...overrides,
  };
}

export function buildFacts(overrides: Partial<CheckFacts> = {}): CheckFacts {
  return {
    organ: { id: 'o1', name: '市人大常委会机关', recordsStartOn: LONG_AGO },
    units: [],
    branches: [buildBranch()],
    overrides: [],
    exemptions: [],
    ...overrides,
  };
}

export interface JudgeOptions {
  asOf?: CalendarDate;
  /** the year reported (default: the as-of date's year) */
  year?: number;
  /** parameter values in force since long ago */
  params?: Partial<Record<ParamKey, ParamValue>>;
}

/** Runs one rule through the engine over one branch (or a whole set of facts, for organ rules). */
export function judge(rule: Rule, subject: BranchFacts | CheckFacts, opts: JudgeOptions = {}): Finding[] {
  const asOf = opts.asOf ?? AS_OF;
  const base = 'organ' in subject ? subject : buildFacts({ branches: [subject] });
  const overrides = Object.entries(opts.params ?? {}).map(([key, value]) => ({ key, value: value as ParamValue, effectiveFrom: LONG_AGO }));
  const facts = { ...base, overrides: [...base.overrides, ...overrides] };
  return runCheck(facts, [rule], { year: opts.year ?? Number(asOf.slice(0, 4)), asOf });
}

/** The single finding a rule gave (fails loudly when it gave none or several). */
export function one(findings: readonly Finding[]): Finding {
  if (findings.length !== 1) throw new Error(`expected one finding, got ${findings.length}: ${findings.map((f) => f.message).join(' | ')}`);
  return findings[0] as Finding;
}
