import type { DB } from '../db/types.js';

/**
 * One section of bundle.json per table of the database (contracts §3). Columns are not listed: every column of the
 * table is carried, named in camelCase (`organ_id` → `organId`), typed from the database itself. A later issue adds
 * its tables by adding one entry here, after the tables they reference (the list is the insertion order).
 */
export interface Section {
  /** the table in the database */
  table: keyof DB & string;
  /** the array's name in bundle.json: camelCase plural */
  name: string;
  /** primary key columns; rows are sorted by them (strings by code unit, numbers numerically) */
  key: string[];
  /** columns left out of an export and kept in a backup */
  secretColumns?: string[];
  /** what a secret column takes when a bundle without secrets (an export) inserts the row */
  withoutSecrets?: Record<string, unknown>;
  /** the whole table is a secret: only in a backup */
  secret?: boolean;
  /** the rows name files whose bytes travel under `files/<sha256>` (the key is the SHA-256) */
  files?: boolean;
  /** the hash-chained audit log: kept as a chain on import, never merged by key */
  audit?: boolean;
  /** columns the database assigns and a bundle never carries (their order is the array's order) */
  omit?: string[];
}

export const SECTIONS: readonly Section[] = [
  { table: 'organs', name: 'organs', key: ['id'] },
  { table: 'units', name: 'units', key: ['id'] },
  { table: 'branches', name: 'branches', key: ['id'] },
  { table: 'branch_units', name: 'branchUnits', key: ['branch_id', 'unit_id'] },
  { table: 'branch_status_changes', name: 'branchStatusChanges', key: ['id'] },
  { table: 'persons', name: 'persons', key: ['id'] },
  { table: 'party_groups', name: 'partyGroups', key: ['id'] },
  { table: 'branch_memberships', name: 'branchMemberships', key: ['id'] },
  { table: 'group_memberships', name: 'groupMemberships', key: ['id'] },
  { table: 'branch_posts', name: 'branchPosts', key: ['id'] },
  // An export carries no password hashes: its accounts arrive with a hash no password matches (an admin resets them).
  { table: 'accounts', name: 'accounts', key: ['id'], secretColumns: ['password_hash'], withoutSecrets: { password_hash: 'none$imported-without-password' } },
  { table: 'account_roles', name: 'accountRoles', key: ['account_id', 'role'] },
  { table: 'sessions', name: 'sessions', key: ['token_hash'], secret: true },
  { table: 'files', name: 'files', key: ['sha256'], files: true },
  { table: 'attachments', name: 'attachments', key: ['id'] },
  { table: 'import_mappings', name: 'importMappings', key: ['id'] },
  // before elections: an election links to its 党员大会 record (elections.meeting_id)
  { table: 'meetings', name: 'meetings', key: ['id'] },
  { table: 'meeting_attendance', name: 'meetingAttendance', key: ['meeting_id', 'person_id'] },
  { table: 'elections', name: 'elections', key: ['id'] },
  { table: 'election_nominees', name: 'electionNominees', key: ['id'] },
  { table: 'election_voters', name: 'electionVoters', key: ['election_id', 'person_id'] },
  { table: 'committees', name: 'committees', key: ['id'] },
  { table: 'committee_members', name: 'committeeMembers', key: ['id'] },
  { table: 'committee_extensions', name: 'committeeExtensions', key: ['id'] },
  { table: 'committee_vacancies', name: 'committeeVacancies', key: ['id'] },
  { table: 'rule_param_changes', name: 'ruleParamChanges', key: ['id'] },
  { table: 'rule_exemptions', name: 'ruleExemptions', key: ['id'] },
  { table: 'talks', name: 'talks', key: ['id'] },
  { table: 'life_meeting_preparations', name: 'lifeMeetingPreparations', key: ['meeting_id'] },
  { table: 'self_inspections', name: 'selfInspections', key: ['id'] },
  { table: 'criticisms', name: 'criticisms', key: ['id'] },
  { table: 'rectifications', name: 'rectifications', key: ['id'] },
  { table: 'appraisals', name: 'appraisals', key: ['id'] },
  { table: 'appraisal_members', name: 'appraisalMembers', key: ['appraisal_id', 'person_id'] },
  // who voted online, never what (contracts §5)
  { table: 'appraisal_voters', name: 'appraisalVoters', key: ['appraisal_id', 'person_id'] },
  { table: 'branch_reports', name: 'branchReports', key: ['id'] },
  { table: 'member_reports', name: 'memberReports', key: ['id'] },
  { table: 'record_books', name: 'recordBooks', key: ['id'] },
  // 党员管理 (issue 6)
  { table: 'workday_adjustments', name: 'workdayAdjustments', key: ['organ_id', 'day'] },
  { table: 'developments', name: 'developments', key: ['id'] },
  { table: 'development_steps', name: 'developmentSteps', key: ['id'] },
  { table: 'development_evaluations', name: 'developmentEvaluations', key: ['id'] },
  { table: 'public_notices', name: 'publicNotices', key: ['id'] },
  { table: 'dues_bases', name: 'duesBases', key: ['id'] },
  { table: 'dues_reductions', name: 'duesReductions', key: ['id'] },
  { table: 'dues_payments', name: 'duesPayments', key: ['id'] },
  // before fund entries: an expense may name the venue plan it spends
  { table: 'venue_expense_plans', name: 'venueExpensePlans', key: ['id'] },
  { table: 'fund_entries', name: 'fundEntries', key: ['id'] },
  { table: 'transfers', name: 'transfers', key: ['id'] },
  { table: 'work_assignments', name: 'workAssignments', key: ['id'] },
  { table: 'hardships', name: 'hardships', key: ['id'] },
  { table: 'care_visits', name: 'careVisits', key: ['id'] },
  { table: 'study_records', name: 'studyRecords', key: ['id'] },
  { table: 'study_notebooks', name: 'studyNotebooks', key: ['person_id', 'year'] },
  { table: 'secretary_trainings', name: 'secretaryTrainings', key: ['id'] },
  { table: 'venues', name: 'venues', key: ['id'] },
  { table: 'venue_branches', name: 'venueBranches', key: ['venue_id', 'branch_id'] },
  { table: 'venue_items', name: 'venueItems', key: ['id'] },
  { table: 'chat_groups', name: 'chatGroups', key: ['id'] },
  { table: 'chat_group_members', name: 'chatGroupMembers', key: ['chat_group_id', 'seq'] },
  { table: 'cases', name: 'cases', key: ['id'] },
  { table: 'archive_uploads', name: 'archiveUploads', key: ['id'] },
  { table: 'archive_bindings', name: 'archiveBindings', key: ['id'] },
  // 检查考核 (REQ-4): the scheme, scores, submissions, the results as published (never recomputed) and nominations
  { table: 'assessments', name: 'assessments', key: ['id'] },
  { table: 'assessment_items', name: 'assessmentItems', key: ['id'] },
  { table: 'assessment_scores', name: 'assessmentScores', key: ['id'] },
  { table: 'assessment_submissions', name: 'assessmentSubmissions', key: ['assessment_id', 'branch_id'] },
  { table: 'assessment_results', name: 'assessmentResults', key: ['assessment_id', 'branch_id'] },
  { table: 'assessment_nominations', name: 'assessmentNominations', key: ['id'] },
  // A feed's token hash is a secret (the URL is the key): only in a backup.
  { table: 'calendar_feeds', name: 'calendarFeeds', key: ['id'], secret: true },
  // Always last: an import appends its own entry after everything else is written.
  { table: 'audit_log', name: 'audit', key: ['seq'], omit: ['seq'], audit: true },
];

/** Tables that are deliberately not a section, and why (the registry test accepts only these). */
export const NOT_SECTIONS: Record<string, string> = {
  file_contents: 'the bytes of `files` (PostgreSQL store): they travel as files/<sha256> in the zip',
  jobs: 'progress of background work in the server that ran it: transient, meaningless in another database',
  kysely_migration: 'migration bookkeeping: the target database runs its own migrations',
  kysely_migration_lock: 'migration bookkeeping',
};

export const camel = (column: string): string => column.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

export const isSecretColumn = (s: Section, column: string) => s.secretColumns?.includes(column) ?? false;
