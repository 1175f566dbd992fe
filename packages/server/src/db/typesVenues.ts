import type { ColumnType, Generated } from 'kysely';

/** Tables of issue 7: 活动阵地, the WeChat group registry, the 典型经验库 (migration 20261201_0001) and 信息台账 (20261201_0004). */
type DateCol = string;
type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type VenueKind = 'activityRoom' | 'noticeBoard';
export interface VenuesTable {
  id: string;
  organ_id: string;
  kind: VenueKind;
  name: string;
  location: string | null;
  note: string | null;
  retired_on: DateCol | null;
  created_at: Generated<Timestamp>;
}
export interface VenueBranchesTable {
  venue_id: string;
  branch_id: string;
}
export interface VenueItemsTable {
  id: string;
  venue_id: string;
  item: string;
  ticked_on: DateCol;
  ticked_by: string;
  note: string | null;
  confirmed_on: DateCol | null;
  confirmed_by: string | null;
}
export interface ChatGroupsTable {
  id: string;
  organ_id: string;
  branch_id: string;
  name: string;
  platform: string | null;
  manager_person_id: string | null;
  listed_on: DateCol;
  updated_at: Timestamp;
}
export interface ChatGroupMembersTable {
  chat_group_id: string;
  seq: number;
  name: string;
}
export type CaseStatus = 'draft' | 'submitted' | 'returned' | 'published';
export interface CasesTable {
  id: string;
  organ_id: string;
  branch_id: string;
  title: string;
  summary: string;
  body: string;
  tags: Generated<string[]>;
  clauses: Generated<string[]>;
  status: Generated<CaseStatus>;
  return_reason: string | null;
  promoted: Generated<boolean>;
  submitted_on: DateCol | null;
  published_on: DateCol | null;
  created_by: string;
  created_at: Generated<Timestamp>;
  updated_at: Generated<Timestamp>;
}

export interface ArchiveUploadsTable {
  id: string;
  organ_id: string;
  branch_id: string;
  year: number;
  category: string;
  kind: string;
  title: string;
  issued_on: DateCol | null;
  doc_no: string | null;
  responsible: string | null;
  tags: Generated<string[]>;
  pages: number;
  uploaded_by: string;
  uploaded_at: Timestamp;
  removed_at: Timestamp | null;
  removed_reason: string | null;
}
export interface ArchiveBindingsTable {
  id: string;
  organ_id: string;
  branch_id: string;
  year: number;
  category: string;
  items: number;
  pages: number;
  bound_by: string;
  bound_at: Timestamp;
}

export interface VenueCaseTables {
  archive_uploads: ArchiveUploadsTable;
  archive_bindings: ArchiveBindingsTable;
  venues: VenuesTable;
  venue_branches: VenueBranchesTable;
  venue_items: VenueItemsTable;
  chat_groups: ChatGroupsTable;
  chat_group_members: ChatGroupMembersTable;
  cases: CasesTable;
}
