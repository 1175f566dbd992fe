import type { ColumnType } from 'kysely';

/** Tables of 检查考核 (REQ-4, issue 7 §6; migration 20261201_0005). */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** numeric(…,1): PostgreSQL hands it back as a string ("8.5"); write numbers */
type Points = ColumnType<string, number | string, number | string>;
type Json<T> = ColumnType<T, string, string>;

export type AssessmentStatus = 'draft' | 'open' | 'published';
export interface GradeBand {
  grade: string;
  min: number;
}
export interface AssessmentsTable {
  id: string;
  organ_id: string;
  year: number;
  title: string;
  status: AssessmentStatus;
  grades: Json<GradeBand[]>;
  opened_at: Timestamp | null;
  published_at: Timestamp | null;
  published_by: string | null;
  created_by: string;
  created_at: Timestamp;
}
export interface AssessmentItemsTable {
  id: string;
  assessment_id: string;
  standard: string;
  clause: string;
  title: string;
  guidance: ColumnType<string, string | undefined, string>;
  points: Points;
  method: 'findings' | 'assessor';
  sort_order: number;
}
export interface AssessmentScoresTable {
  id: string;
  assessment_id: string;
  item_id: string;
  branch_id: string;
  self_score: Points | null;
  self_note: string | null;
  score: Points | null;
  note: string | null;
  scored_by: string | null;
  scored_at: Timestamp | null;
}
export interface AssessmentSubmissionsTable {
  assessment_id: string;
  branch_id: string;
  summary: ColumnType<string, string | undefined, string>;
  submitted_by: string;
  submitted_at: Timestamp;
}
export interface PublishedItem {
  itemId: string;
  clause: string;
  title: string;
  points: number;
  score: number;
  reason: string | null;
}
export interface AssessmentResultsTable {
  assessment_id: string;
  branch_id: string;
  total: Points;
  grade: string;
  rank: number;
  items: Json<PublishedItem[]>;
}
export interface AssessmentNominationsTable {
  id: string;
  assessment_id: string;
  kind: 'advancedBranch' | 'excellentWorker';
  branch_id: string;
  person_id: string | null;
  reason: string;
  nominated_by: string;
  nominated_at: Timestamp;
}

export interface AssessmentTables {
  assessments: AssessmentsTable;
  assessment_items: AssessmentItemsTable;
  assessment_scores: AssessmentScoresTable;
  assessment_submissions: AssessmentSubmissionsTable;
  assessment_results: AssessmentResultsTable;
  assessment_nominations: AssessmentNominationsTable;
}
