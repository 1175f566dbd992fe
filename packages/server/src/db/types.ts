import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { BranchRole } from '@zhibu/domain';
import type { MemberManagementTables } from './typesMembers.js';
import type { VenueCaseTables } from './typesVenues.js';
import type { AssessmentTables } from './typesAssessment.js';

/** A `date` column: read and written as `YYYY-MM-DD` text (the pg type parser is set in open.ts). */
type DateCol = string;
type Json = ColumnType<unknown, string, string>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface OrgansTable {
  id: string;
  name: string;
  records_start_on: DateCol;
  settings: ColumnType<Record<string, unknown>, string, string>;
  is_demo: Generated<boolean>;
  created_at: Generated<Timestamp>;
}
export interface UnitsTable {
  id: string;
  organ_id: string;
  name: string;
}
export interface BranchesTable {
  id: string;
  organ_id: string;
  full_name: string;
  short_name: string;
  kind: 'single' | 'joint';
  founded_on: DateCol | null;
  status: Generated<'active' | 'dissolved'>;
  dissolved_on: DateCol | null;
  created_at: Generated<Timestamp>;
}
export interface BranchUnitsTable {
  branch_id: string;
  unit_id: string;
}
export interface BranchStatusChangesTable {
  id: string;
  branch_id: string;
  status: 'active' | 'dissolved';
  effective_on: DateCol;
  reason: string | null;
}
export interface PersonsTable {
  id: string;
  organ_id: string;
  name: string;
  gender: 'male' | 'female' | null;
  ethnicity: string | null;
  birth_date: DateCol | null;
  id_number: string;
  education: string | null;
  category: 'full' | 'probationary' | 'candidate' | 'activist' | 'applicant';
  joined_on: DateCol | null;
  confirmed_on: DateCol | null;
  job_post: string | null;
  phone: string | null;
  status: Generated<'active' | 'transferredOut' | 'suspended' | 'lapsed' | 'leftParty' | 'deceased'>;
  name_initials: string;
  name_pinyin: string;
  created_at: Generated<Timestamp>;
}
export interface PartyGroupsTable {
  id: string;
  branch_id: string;
  name: string;
  leader_person_id: string | null;
  founded_on: DateCol | null;
  dissolved_on: DateCol | null;
}
export interface MembershipsTable {
  id: string;
  person_id: string;
  start_on: DateCol;
  end_on: DateCol | null;
}
export interface BranchMembershipsTable extends MembershipsTable {
  branch_id: string;
}
export interface GroupMembershipsTable extends MembershipsTable {
  group_id: string;
}
export interface BranchPostsTable {
  id: string;
  branch_id: string;
  person_id: string;
  role: string;
  start_on: DateCol;
  end_on: DateCol | null;
  note: string | null;
}
export interface AccountsTable {
  id: string;
  organ_id: string;
  username: string;
  password_hash: string;
  person_id: string | null;
  must_change_password: Generated<boolean>;
  failed_attempts: Generated<number>;
  locked_until: Timestamp | null;
  disabled: Generated<boolean>;
  is_demo: Generated<boolean>;
  last_login_at: Timestamp | null;
  created_at: Generated<Timestamp>;
}
export interface AccountRolesTable {
  account_id: string;
  role: 'organAdmin' | 'assessor';
}
export interface SessionsTable {
  token_hash: string;
  account_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
}
export interface AuditLogTable {
  seq: Generated<number>;
  chain: string;
  organ_id: string | null;
  at: Timestamp;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string;
  before: Json | null;
  after: Json | null;
  prev_hash: string;
  hash: string;
}

export interface FilesTable {
  sha256: string;
  size: number;
  mime: string;
  created_at: Generated<Timestamp>;
}
export interface FileContentsTable {
  sha256: string;
  content: Buffer;
}
export interface AttachmentsTable {
  id: string;
  organ_id: string;
  entity_type: string;
  entity_id: string;
  slot: string;
  file_sha256: string;
  file_name: string;
  uploaded_by: string;
  uploaded_at: Timestamp;
  removed_at: Timestamp | null;
}
export interface ImportMappingsTable {
  id: string;
  organ_id: string;
  kind: string;
  signature: string;
  mapping: ColumnType<Record<string, string>, string, string>;
  updated_at: Timestamp;
}

export interface JobsTable {
  id: string;
  organ_id: string;
  account_id: string;
  kind: string;
  status: 'running' | 'done' | 'failed';
  progress: Generated<number>;
  total: Generated<number>;
  message: Generated<string>;
  result: ColumnType<unknown, string | null, string | null> | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

type Role = BranchRole;

export interface ElectionsTable {
  id: string;
  organ_id: string;
  branch_id: string;
  kind: 'general' | 'byElection';
  committee_kind: 'committee' | 'secretaryOnly';
  seats: number;
  term_years: number | null;
  planned_on: DateCol;
  held_on: DateCol | null;
  status: Generated<'draft' | 'held' | 'submitted' | 'returned' | 'approved'>;
  previous_committee_id: string | null;
  result_committee_id: string | null;
  early_approved_on: DateCol | null;
  early_doc_no: string | null;
  submitted_on: DateCol | null;
  decided_on: DateCol | null;
  decided_by: string | null;
  approval_doc_no: string | null;
  return_reason: string | null;
  note: string | null;
  /** the 党员大会 record of the assembly that held it (contracts §8) */
  meeting_id: string | null;
  created_at: Generated<Timestamp>;
}
export interface ElectionNomineesTable {
  id: string;
  election_id: string;
  person_id: string;
  votes: number | null;
  elected: Generated<boolean>;
  role: Role | null;
}
export interface ElectionVotersTable {
  election_id: string;
  person_id: string;
  attendance: 'present' | 'absent' | 'excluded';
}
export interface CommitteesTable {
  id: string;
  organ_id: string;
  branch_id: string;
  kind: 'committee' | 'secretaryOnly';
  start_on: DateCol;
  term_years: number;
  elected_on: DateCol | null;
  ended_on: DateCol | null;
  election_id: string | null;
  note: string | null;
  created_at: Generated<Timestamp>;
}
export interface CommitteeMembersTable {
  id: string;
  committee_id: string;
  person_id: string;
  role: Role;
  start_on: DateCol;
  end_on: DateCol | null;
  origin: 'elected' | 'byElection' | 'appointed' | 'recorded';
  approved_on: DateCol | null;
  approval_doc_no: string | null;
  end_reason: string | null;
}
export interface CommitteeExtensionsTable {
  id: string;
  committee_id: string;
  months: number;
  reason: string;
  approved_on: DateCol;
  doc_no: string | null;
  approved_by: string | null;
  created_at: Generated<Timestamp>;
}
export interface CommitteeVacanciesTable {
  id: string;
  committee_id: string;
  member_id: string | null;
  role: Role;
  arisen_on: DateCol;
  reason: string;
  filled_on: DateCol | null;
  filled_by: 'byElection' | 'appointment' | null;
  filled_member_id: string | null;
  election_id: string | null;
}
export interface RuleParamChangesTable {
  id: string;
  organ_id: string;
  key: string;
  value: ColumnType<unknown, string, string>;
  effective_from: DateCol;
  reason: string | null;
  created_at: Generated<Timestamp>;
}
export interface RuleExemptionsTable {
  id: string;
  organ_id: string;
  branch_id: string;
  rule: string;
  from_on: DateCol;
  to_on: DateCol;
  reason: string;
  created_at: Generated<Timestamp>;
}
export interface CalendarFeedsTable {
  id: string;
  organ_id: string;
  branch_id: string;
  token_hash: string;
  created_at: Generated<Timestamp>;
}

export type MeetingKind = 'assembly' | 'committeeMeeting' | 'groupMeeting' | 'partyLecture' | 'themeDay' | 'lifeMeeting' | 'appraisalMeeting' | 'other';
export interface MeetingsTable {
  id: string;
  organ_id: string;
  branch_id: string;
  group_id: string | null;
  kind: MeetingKind;
  status: Generated<'planned' | 'held' | 'cancelled'>;
  held_on: DateCol;
  start_time: string | null;
  end_time: string | null;
  place: string | null;
  title: string | null;
  host_person_id: string | null;
  recorder_person_id: string | null;
  lecturer_person_id: string | null;
  lecturer_name: string | null;
  topic: string | null;
  agenda: ColumnType<string[], string | undefined, string>;
  minutes: string | null;
  resolutions: ColumnType<string[], string | undefined, string>;
  decides: Generated<boolean>;
  theme_day: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  recorded_at: Timestamp | null;
  review_status: Generated<'none' | 'submitted' | 'returned' | 'spotChecked'>;
  submitted_on: DateCol | null;
  return_reason: string | null;
  spot_check_note: string | null;
  created_at: Generated<Timestamp>;
}
export interface MeetingAttendanceTable {
  meeting_id: string;
  person_id: string;
  status: 'present' | 'onLeave' | 'absent';
  reason: string | null;
  guest: Generated<boolean>;
}

export interface TalksTable {
  id: string;
  organ_id: string;
  branch_id: string;
  kind: Generated<'heartToHeart' | 'admonition'>;
  purpose: Generated<'beforeLifeMeeting' | 'routine' | 'reminder' | 'care'>;
  form: Generated<'inPerson' | 'phone'>;
  talked_on: DateCol;
  place: string | null;
  talker_person_id: string;
  talkee_person_id: string;
  topics: string;
  problems: string | null;
  follow_up: string | null;
  follow_up_on: DateCol | null;
  life_meeting_id: string | null;
  recorded_at: Generated<Timestamp>;
  /** 诫勉谈话 (kind admonition): why, what the member committed to, how it ended */
  reason: string | null;
  commitments: string | null;
  outcome: string | null;
}
export interface LifeMeetingPreparationsTable {
  meeting_id: string;
  theme: string | null;
  opinions_collected_on: DateCol | null;
  opinion_count: number | null;
  opinions_summary: string | null;
  reported_on: DateCol | null;
}
export interface SelfInspectionsTable {
  id: string;
  meeting_id: string;
  person_id: string;
  submitted_on: DateCol | null;
  summary: string | null;
}
export interface CriticismsTable {
  id: string;
  meeting_id: string;
  target_person_id: string;
  critic_person_id: string;
  opinion: string;
  response: string | null;
}
export type RectificationStatus = 'open' | 'closed' | 'carriedOver';
export interface RectificationsTable {
  id: string;
  organ_id: string;
  branch_id: string;
  meeting_id: string;
  seq: number;
  source: 'selfInspection' | 'criticism' | 'opinions' | 'higher' | 'other';
  problem: string;
  measure: string;
  owner_person_id: string | null;
  owner_name: string | null;
  deadline: DateCol;
  status: Generated<RectificationStatus>;
  progress: string | null;
  closed_on: DateCol | null;
  carry_reason: string | null;
  created_at: Generated<Timestamp>;
}
export type AppraisalStep = 'selfReview' | 'peerReview' | 'ballot' | 'grading' | 'done';
export interface AppraisalsTable {
  id: string;
  organ_id: string;
  branch_id: string;
  year: number;
  step: Generated<AppraisalStep>;
  started_on: DateCol;
  meeting_id: string | null;
  ballot_mode: Generated<'paper' | 'online'>;
  ballot_open: Generated<boolean>;
  ballots_issued: number | null;
  ballots_returned: number | null;
  peer_reviewed_on: DateCol | null;
  balloted_on: DateCol | null;
  graded_on: DateCol | null;
  created_at: Generated<Timestamp>;
}
export type AppraisalGrade = 'excellent' | 'qualified' | 'basic' | 'unqualified';
export interface AppraisalMembersTable {
  appraisal_id: string;
  person_id: string;
  graded: Generated<boolean>;
  self_review: string | null;
  self_review_on: DateCol | null;
  self_review_by: 'self' | 'committee' | null;
  peer_review: string | null;
  tally_excellent: Generated<number>;
  tally_qualified: Generated<number>;
  tally_basic: Generated<number>;
  tally_unqualified: Generated<number>;
  grade: AppraisalGrade | null;
  grade_note: string | null;
  feedback_on: DateCol | null;
}
export interface AppraisalVotersTable {
  appraisal_id: string;
  person_id: string;
}
export interface BranchReportsTable {
  id: string;
  organ_id: string;
  branch_id: string;
  year: number;
  kind: 'toOrgan' | 'toAssembly';
  title: string;
  body: string | null;
  meeting_id: string | null;
  reported_on: DateCol | null;
  status: Generated<'draft' | 'submitted' | 'received' | 'returned'>;
  submitted_on: DateCol | null;
  received_on: DateCol | null;
  return_reason: string | null;
  created_at: Generated<Timestamp>;
}
export interface MemberReportsTable {
  id: string;
  organ_id: string;
  branch_id: string;
  person_id: string;
  year: number;
  reported_on: DateCol;
  audience: 'group' | 'branch';
  meeting_id: string | null;
  content: string | null;
  entered_by: 'self' | 'committee';
  created_at: Generated<Timestamp>;
}
export interface RecordBooksTable {
  id: string;
  organ_id: string;
  branch_id: string;
  group_id: string | null;
  year: number;
  closed_on: DateCol;
  closed_by: string;
  file_sha256: string | null;
  handed_to: string | null;
  handed_over_on: DateCol | null;
}

export interface DB extends MemberManagementTables, VenueCaseTables, AssessmentTables {
  organs: OrgansTable;
  units: UnitsTable;
  branches: BranchesTable;
  branch_units: BranchUnitsTable;
  branch_status_changes: BranchStatusChangesTable;
  persons: PersonsTable;
  party_groups: PartyGroupsTable;
  branch_memberships: BranchMembershipsTable;
  group_memberships: GroupMembershipsTable;
  branch_posts: BranchPostsTable;
  accounts: AccountsTable;
  account_roles: AccountRolesTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  files: FilesTable;
  file_contents: FileContentsTable;
  attachments: AttachmentsTable;
  import_mappings: ImportMappingsTable;
  jobs: JobsTable;
  elections: ElectionsTable;
  election_nominees: ElectionNomineesTable;
  election_voters: ElectionVotersTable;
  committees: CommitteesTable;
  committee_members: CommitteeMembersTable;
  committee_extensions: CommitteeExtensionsTable;
  committee_vacancies: CommitteeVacanciesTable;
  rule_param_changes: RuleParamChangesTable;
  rule_exemptions: RuleExemptionsTable;
  calendar_feeds: CalendarFeedsTable;
  meetings: MeetingsTable;
  meeting_attendance: MeetingAttendanceTable;
  talks: TalksTable;
  life_meeting_preparations: LifeMeetingPreparationsTable;
  self_inspections: SelfInspectionsTable;
  criticisms: CriticismsTable;
  rectifications: RectificationsTable;
  appraisals: AppraisalsTable;
  appraisal_members: AppraisalMembersTable;
  appraisal_voters: AppraisalVotersTable;
  branch_reports: BranchReportsTable;
  member_reports: MemberReportsTable;
  record_books: RecordBooksTable;
}

export type PersonRecord = Selectable<PersonsTable>;
export type NewPerson = Insertable<PersonsTable>;
