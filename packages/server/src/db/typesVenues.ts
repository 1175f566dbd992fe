import type { ColumnType, Generated } from 'kysely';

/** Tables of 活动阵地, the WeChat group registry and the 典型经验库 (issue 7, migration 20261201_0001). */
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

export interface VenueCaseTables {
  venues: VenuesTable;
  venue_branches: VenueBranchesTable;
  venue_items: VenueItemsTable;
  chat_groups: ChatGroupsTable;
  chat_group_members: ChatGroupMembersTable;
  cases: CasesTable;
}
