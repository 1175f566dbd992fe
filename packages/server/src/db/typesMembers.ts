import type { ColumnType, Generated } from 'kysely';

/** Tables of 党员管理 (issue 6, migration 20261130_0001). Kept apart from types.ts so each file stays about one thing. */
type DateCol = string;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Month = string;

export interface WorkdayAdjustmentsTable {
  organ_id: string;
  day: DateCol;
  is_workday: boolean;
  note: string | null;
}

export type DevelopmentRuleVersion = '2014' | '2026';
export interface DevelopmentsTable {
  id: string;
  organ_id: string;
  branch_id: string;
  person_id: string;
  rule_version: DevelopmentRuleVersion;
  status: Generated<'open' | 'confirmed' | 'stopped'>;
  stopped_on: DateCol | null;
  stopped_reason: string | null;
  planned_departure_on: DateCol | null;
  created_at: Generated<Timestamp>;
}
export interface DevelopmentStepsTable {
  id: string;
  development_id: string;
  step: number;
  done_on: DateCol;
  actor: string;
  responsible_person_id: string | null;
  note: string | null;
  data: ColumnType<Record<string, unknown>, string | undefined, string>;
  recorded_at: Generated<Timestamp>;
}
export type DevelopmentEvaluationKind = 'memberRecommendation' | 'leagueRecommendation' | 'massEvaluation' | 'memberEvaluation';
export interface DevelopmentEvaluationsTable {
  id: string;
  development_id: string;
  kind: DevelopmentEvaluationKind;
  held_on: DateCol;
  organization: string | null;
  participant_count: number;
  favourable_count: number;
  general_count: number | null;
  poor_count: number | null;
  abstain_count: number | null;
  note: string | null;
  recorded_at: Generated<Timestamp>;
}
export type PublicNoticeStage = 'activist' | 'candidate' | 'admission' | 'confirmation';
export interface PublicNoticesTable {
  id: string;
  development_id: string;
  stage: PublicNoticeStage;
  start_on: DateCol;
  end_on: DateCol;
  outcome: 'noObjection' | 'objectionCleared' | 'objectionUpheld' | null;
  feedback: string | null;
  recorded_at: Generated<Timestamp>;
}

export type DuesCategoryCode =
  | 'onJob' | 'annualSalary' | 'selfEmployed' | 'retired' | 'farmer' | 'student' | 'unemployed' | 'relief' | 'minimumAllowance';
export interface DuesBasesTable {
  id: string;
  person_id: string;
  from_month: Month;
  dues_category: DuesCategoryCode;
  base_fen: number | null;
  fixed_fen: number | null;
  note: string | null;
  recorded_at: Generated<Timestamp>;
}
export interface DuesReductionsTable {
  id: string;
  person_id: string;
  from_month: Month;
  to_month: Month;
  amount_fen: number;
  reason: string;
  branch_decided_on: DateCol;
  approval_ref: string;
  approved_on: DateCol;
  recorded_at: Generated<Timestamp>;
}
export interface DuesPaymentsTable {
  id: string;
  organ_id: string;
  branch_id: string;
  person_id: string;
  kind: Generated<'monthly' | 'voluntary'>;
  month: Month | null;
  due_fen: number | null;
  amount_fen: number;
  paid_on: DateCol;
  method: 'cash' | 'transfer' | 'online';
  receipt_no: string | null;
  collector_person_id: string | null;
  paid_by: string | null;
  note: string | null;
  recorded_at: Generated<Timestamp>;
}

export type FundUseCategory = 'training' | 'materials' | 'commendation' | 'hardship' | 'disaster' | 'venue' | 'other';
export interface FundEntriesTable {
  id: string;
  organ_id: string;
  branch_id: string;
  kind: 'allocation' | 'expense';
  occurred_on: DateCol;
  amount_fen: number;
  title: string;
  dues_year: number | null;
  use_category: FundUseCategory | null;
  activity_report: string | null;
  meeting_id: string | null;
  venue_plan_id: string | null;
  recorded_at: Generated<Timestamp>;
}
export interface VenueExpensePlansTable {
  id: string;
  organ_id: string;
  branch_id: string;
  year: number;
  title: string;
  amount_fen: number;
  details: string | null;
  status: Generated<'submitted' | 'approved' | 'rejected'>;
  decided_on: DateCol | null;
  decision_note: string | null;
  recorded_at: Generated<Timestamp>;
}

export interface TransfersTable {
  id: string;
  organ_id: string;
  branch_id: string;
  person_id: string;
  direction: 'in' | 'out';
  kind: 'formal' | 'temporary';
  letter_no: string | null;
  issued_on: DateCol;
  valid_days: number | null;
  other_branch_id: string | null;
  other_org: string | null;
  dues_paid_to: Month | null;
  effective_on: DateCol;
  received_on: DateCol | null;
  receipt_returned_on: DateCol | null;
  status: Generated<'issued' | 'received' | 'completed' | 'cancelled'>;
  note: string | null;
  recorded_at: Generated<Timestamp>;
}

export interface WorkAssignmentsTable {
  id: string;
  branch_id: string;
  person_id: string;
  title: string;
  assigned_on: DateCol;
  due_on: DateCol;
  done_on: DateCol | null;
  note: string | null;
  recorded_at: Generated<Timestamp>;
}

export type HardshipKind = 'illness' | 'financial' | 'disaster' | 'family' | 'elderly' | 'other';
export interface HardshipsTable {
  id: string;
  branch_id: string;
  person_id: string;
  kind: HardshipKind;
  details: string;
  since_on: DateCol;
  resolved_on: DateCol | null;
  recorded_at: Generated<Timestamp>;
}
export interface CareVisitsTable {
  id: string;
  branch_id: string;
  person_id: string;
  hardship_id: string | null;
  visited_on: DateCol;
  kind: 'visit' | 'greeting' | 'aid';
  visitors: string;
  aid_fen: number | null;
  description: string;
  recorded_at: Generated<Timestamp>;
}

export interface StudyRecordsTable {
  id: string;
  branch_id: string;
  person_id: string;
  studied_on: DateCol;
  title: string;
  form: 'self' | 'online' | 'training' | 'other';
  hours_tenths: number | null;
  note: string | null;
  recorded_at: Generated<Timestamp>;
}
export interface StudyNotebooksTable {
  person_id: string;
  year: number;
  branch_id: string;
  issued_on: DateCol;
}
export interface SecretaryTrainingsTable {
  id: string;
  branch_id: string;
  person_id: string;
  title: string;
  organizer: string;
  start_on: DateCol;
  end_on: DateCol;
  hours_tenths: number | null;
  note: string | null;
  recorded_at: Generated<Timestamp>;
}

export interface MemberManagementTables {
  workday_adjustments: WorkdayAdjustmentsTable;
  developments: DevelopmentsTable;
  development_steps: DevelopmentStepsTable;
  development_evaluations: DevelopmentEvaluationsTable;
  public_notices: PublicNoticesTable;
  dues_bases: DuesBasesTable;
  dues_reductions: DuesReductionsTable;
  dues_payments: DuesPaymentsTable;
  fund_entries: FundEntriesTable;
  venue_expense_plans: VenueExpensePlansTable;
  transfers: TransfersTable;
  work_assignments: WorkAssignmentsTable;
  hardships: HardshipsTable;
  care_visits: CareVisitsTable;
  study_records: StudyRecordsTable;
  study_notebooks: StudyNotebooksTable;
  secretary_trainings: SecretaryTrainingsTable;
}
