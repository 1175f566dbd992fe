import { addMonths, addYears, type CalendarDate } from '../time/calendarDate.js';
import type { BranchRole } from '../access/roles.js';
import type { PersonCategory, PersonStatus } from '../person/person.js';
import type { ParamOverride } from './params.js';
import type { DuesFacts } from '../dues/facts.js';
import type { DevelopmentFacts } from '../development/facts.js';
import type { LapseFacts } from '../lapse/facts.js';
import type { CareFacts } from '../care/facts.js';
import type { VenueFacts } from '../venues/facts.js';
import type { ArchiveFacts } from '../archive/facts.js';

/**
 * The facts the rules read, loaded for all branches at once by the server (set-based) and handed to pure
 * functions. They keep their history (dated memberships, terms, vacancies), so a closed period can always be
 * judged again from the same records.
 */
export interface CheckFacts {
  organ: { id: string; name: string; recordsStartOn: CalendarDate };
  units: UnitFact[];
  branches: BranchFacts[];
  overrides: ParamOverride[];
  exemptions: Exemption[];
}

export interface UnitFact {
  id: string;
  name: string;
  branchIds: string[];
}

export interface Dated {
  startOn: CalendarDate;
  endOn: CalendarDate | null;
}

export interface PersonFact {
  id: string;
  name: string;
  category: PersonCategory;
  joinedOn: CalendarDate | null;
  confirmedOn: CalendarDate | null;
  status: PersonStatus;
  /** this person's memberships of the branch the fact sits under */
  memberships: Dated[];
}

export interface GroupFact {
  id: string;
  name: string;
  leaderPersonId: string | null;
  foundedOn: CalendarDate | null;
  dissolvedOn: CalendarDate | null;
  memberships: (Dated & { personId: string })[];
}

export type CommitteeKind = 'committee' | 'secretaryOnly';
export type MemberOrigin = 'elected' | 'byElection' | 'appointed' | 'recorded';

export interface CommitteeMemberFact extends Dated {
  id: string;
  personId: string;
  name: string;
  role: BranchRole;
  origin: MemberOrigin;
  /** the 机关党委's approval of a 书记 / 副书记 */
  approvedOn: CalendarDate | null;
}

export interface VacancyFact {
  id: string;
  role: BranchRole;
  /** who left the post */
  personName: string;
  arisenOn: CalendarDate;
  filledOn: CalendarDate | null;
  filledBy: 'byElection' | 'appointment' | null;
}

export interface ExtensionFact {
  id: string;
  months: number;
  approvedOn: CalendarDate;
}

/** One 届 of a branch's 支部委员会 (or of its single 支部书记). */
export interface CommitteeFact {
  id: string;
  kind: CommitteeKind;
  /** the day the term began: the election date when it was elected */
  startOn: CalendarDate;
  termYears: number;
  /** the recorded election date; null when the term was entered without one */
  electedOn: CalendarDate | null;
  /** when the next term replaced it */
  endedOn: CalendarDate | null;
  extensions: ExtensionFact[];
  members: CommitteeMemberFact[];
  vacancies: VacancyFact[];
  /** state of the election that produced it, when it came through the election workflow */
  election: { id: string; status: ElectionStatus; returnReason: string | null; submittedOn: CalendarDate | null } | null;
}

export type ElectionStatus = 'draft' | 'held' | 'submitted' | 'returned' | 'approved';

/** A branch's role held directly (used only where the branch has no committee record, contracts §4). */
export interface PostFact extends Dated {
  personId: string;
  name: string;
  role: BranchRole;
}

export type MeetingKind = 'assembly' | 'committeeMeeting' | 'groupMeeting' | 'partyLecture' | 'themeDay' | 'lifeMeeting' | 'appraisalMeeting' | 'other';

/** A meeting recorded as held (planned and cancelled ones are not facts of what happened). */
export interface MeetingFact {
  id: string;
  kind: MeetingKind;
  /** the group, for a 党小组会 */
  groupId: string | null;
  heldOn: CalendarDate;
  /** `HH:MM`, when recorded */
  startTime: string | null;
  endTime: string | null;
  title: string | null;
  /** 党课: the lecturer, when a person of the organ */
  lecturerPersonId: string | null;
  /**
   * 主题党日: the required actions of LIFE-5. `paidDues` is the old hand tick, kept for the record only: the rule
   * derives 交纳当月党费 from `duesPresent`, the 党员 present (guests excluded), and `duesUnpaid`, how many of them had
   * not paid the month by the day (paid ahead and an approved exemption count as paid; the loader counts them with
   * the predicate the meeting page uses).
   */
  themeDay: { recitedConstitution: boolean; studied: boolean; paidDues: boolean; duesPresent: number; duesUnpaid: number } | null;
}

export interface BranchFacts {
  id: string;
  fullName: string;
  shortName: string;
  kind: 'single' | 'joint';
  foundedOn: CalendarDate | null;
  dissolvedOn: CalendarDate | null;
  persons: PersonFact[];
  groups: GroupFact[];
  committees: CommitteeFact[];
  posts: PostFact[];
  /** meetings held in the range loaded */
  meetings: MeetingFact[];
  /** meetings planned (not yet held) in the range loaded: a plan item past its date is due */
  plannedMeetings: PlannedMeetingFact[];
  talks: TalkFact[];
  /** 整改落实 items of the branch's 组织生活会 */
  rectifications: RectificationFact[];
  appraisals: AppraisalFact[];
  reports: BranchReportFact[];
  memberReports: MemberReportFact[];
  recordBooks: RecordBookFact[];
  /** 党员管理 (issue 6): each kind's facts are defined beside its rules */
  dues: DuesFacts;
  development: DevelopmentFacts;
  lapse: LapseFacts;
  care: CareFacts;
  /** 活动阵地 (issue 7): venues own and shared, the WeChat group */
  venues: VenueFacts;
  /** 信息台账 (issue 7): bindings of last year's categories, the year's fund expenses */
  archive: ArchiveFacts;
}

export interface PlannedMeetingFact {
  id: string;
  kind: MeetingKind;
  groupId: string | null;
  plannedOn: CalendarDate;
}

export type TalkKind = 'heartToHeart' | 'admonition';
/** A talk (谈心谈话 / 诫勉谈话): not a meeting (glossary). */
export interface TalkFact {
  id: string;
  kind: TalkKind;
  talkedOn: CalendarDate;
  talkerPersonId: string;
  talkeePersonId: string;
}

export type RectificationStatus = 'open' | 'closed' | 'carriedOver';
/** One item of a 组织生活会's 整改落实台账 (LIFE-7). */
export interface RectificationFact {
  id: string;
  /** the 组织生活会 (a held or planned meeting of kind lifeMeeting) it came from */
  meetingId: string;
  seq: number;
  problem: string;
  deadline: CalendarDate;
  status: RectificationStatus;
  closedOn: CalendarDate | null;
  carryReason: string | null;
}

export type AppraisalStep = 'selfReview' | 'peerReview' | 'ballot' | 'grading' | 'done';
/** The year's 民主评议党员 (LIFE-9), at the step it has reached (the steps run in order). */
export interface AppraisalFact {
  id: string;
  year: number;
  step: AppraisalStep;
  startedOn: CalendarDate;
  /** the day 组织评定 was completed (step 'done') */
  gradedOn: CalendarDate | null;
  /** members appraised (graded or not) */
  memberCount: number;
}

export type BranchReportKind = 'toOrgan' | 'toAssembly';
export type BranchReportStatus = 'draft' | 'submitted' | 'received' | 'returned';
/** LIFE-6: the branch's yearly report to the 机关党委, or the year-end report to the 党员大会. */
export interface BranchReportFact {
  id: string;
  year: number;
  kind: BranchReportKind;
  status: BranchReportStatus;
  reportedOn: CalendarDate | null;
  submittedOn: CalendarDate | null;
  receivedOn: CalendarDate | null;
  returnReason: string | null;
}

/** LIFE-8: a member's 党员汇报 of a year. */
export interface MemberReportFact {
  personId: string;
  year: number;
  reportedOn: CalendarDate;
}

/** LED-1: a record book (the branch's, or a group's) of a year, closed and maybe handed over. */
export interface RecordBookFact {
  id: string;
  groupId: string | null;
  year: number;
  closedOn: CalendarDate;
  handedOverOn: CalendarDate | null;
}

/** The 机关党委 exempted a branch from a rule over a span of dates, with its reason. */
export interface Exemption {
  id: string;
  branchId: string;
  rule: string;
  fromOn: CalendarDate;
  toOn: CalendarDate;
  reason: string;
}

export const inForce = (d: Dated, date: CalendarDate): boolean => d.startOn <= date && (d.endOn === null || d.endOn >= date);

/** 正式党员 on a date: a full member confirmed by then (an imported full member without a date counts). */
export function isFullOn(p: Pick<PersonFact, 'category' | 'confirmedOn'>, date: CalendarDate): boolean {
  return p.category === 'full' && (p.confirmedOn === null || p.confirmedOn <= date);
}

/** 党员 (正式 or 预备) on a date. */
export function isMemberOn(p: Pick<PersonFact, 'category' | 'joinedOn' | 'confirmedOn'>, date: CalendarDate): boolean {
  // a known join date after `date` means not yet a member, unless confirmed by then (inconsistent data: trust confirmation)
  if (p.category === 'full') return p.joinedOn === null || p.joinedOn <= date || (p.confirmedOn !== null && p.confirmedOn <= date);
  if (p.category === 'probationary') return p.joinedOn === null || p.joinedOn <= date;
  return false;
}

const GONE: readonly PersonStatus[] = ['leftParty', 'deceased', 'lapsed', 'suspended'];

/** The branch's 党员 on a date (activists and applicants are not counted). */
export function membersOn(b: BranchFacts, date: CalendarDate): PersonFact[] {
  return b.persons.filter(
    (p) => !GONE.includes(p.status) && p.memberships.some((m) => inForce(m, date)) && isMemberOn(p, date),
  );
}

export function fullMembersOn(b: BranchFacts, date: CalendarDate): PersonFact[] {
  return membersOn(b, date).filter((p) => isFullOn(p, date));
}

/** The term in force on a date: begun by then and not yet replaced. */
export function committeeOn(b: BranchFacts, date: CalendarDate): CommitteeFact | null {
  let found: CommitteeFact | null = null;
  for (const c of b.committees) {
    if (c.startOn <= date && (c.endedOn === null || c.endedOn > date) && (!found || c.startOn > found.startOn)) found = c;
  }
  return found;
}

/**
 * Members in office on a date. A post's `endOn` is the first day out of office (the successor's or the vacancy's
 * first day), like a term's `endedOn`, so a handover day has exactly one holder.
 */
export const committeeMembersOn = (c: CommitteeFact, date: CalendarDate): CommitteeMemberFact[] =>
  c.members.filter((m) => m.startOn <= date && (m.endOn === null || m.endOn > date));

/** When the term is due to end: start + term years (its 届满 date). */
export const termEndOf = (c: Pick<CommitteeFact, 'startOn' | 'termYears'>): CalendarDate => addYears(c.startOn, c.termYears);

/** The end after approved extensions (an extension moves the deadline of the next election). */
export function extendedEndOf(c: Pick<CommitteeFact, 'startOn' | 'termYears' | 'extensions'>): CalendarDate {
  const months = c.extensions.reduce((s, e) => s + e.months, 0);
  return addMonths(termEndOf(c), months);
}

export const branchActiveOn = (b: Pick<BranchFacts, 'foundedOn' | 'dissolvedOn'>, date: CalendarDate): boolean =>
  (b.foundedOn === null || b.foundedOn <= date) && (b.dissolvedOn === null || b.dissolvedOn > date);
