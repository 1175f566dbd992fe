import type { Kysely } from 'kysely';
import type { BranchRole, Viewer } from '@zhibu/domain';
import type { Me } from '@zhibu/schemas';
import type { DB } from '../../db/types.js';
import { notFound } from '../../errors.js';
import { loadViewerRow } from './repository.js';
import { readSettings } from '../organ/settings.js';

export interface ViewerBundle {
  viewer: Viewer;
  me: Me;
}

/** Builds the viewer of an account once per request: roles from records, never typed twice (contracts §4). */
export async function loadViewer(db: Kysely<DB>, accountId: string, today: string): Promise<ViewerBundle> {
  const row = await loadViewerRow(db, accountId, today);
  if (!row) throw notFound('账号');
  const branchRoles: Record<string, BranchRole[]> = {};
  const branchNames: Record<string, string> = {};
  for (const p of row.posts) {
    (branchRoles[p.branchId] ??= []).push(p.role);
    branchNames[p.branchId] = p.branchName;
  }
  const viewer: Viewer = {
    accountId: row.account_id,
    organId: row.organ_id,
    personId: row.person_id,
    organRoles: row.organ_roles,
    branchRoles,
    ledGroups: row.led_groups.map((g) => ({ groupId: g.groupId, branchId: g.branchId })),
  };
  const me: Me = {
    accountId: row.account_id,
    username: row.username,
    organ: { id: row.organ_id, name: row.organ_name, recordsStartOn: readSettings({ records_start_on: row.records_start_on, settings: row.settings }).recordsStartOn },
    person: row.person_id && row.person_name ? { id: row.person_id, name: row.person_name } : null,
    mustChangePassword: row.must_change_password,
    organRoles: row.organ_roles,
    branchRoles: Object.entries(branchRoles).map(([branchId, roles]) => ({ branchId, branchName: branchNames[branchId] ?? '', roles })),
    ledGroups: row.led_groups,
    ownBranch: row.own_branch,
    today,
    demo: row.is_demo,
  };
  return { viewer, me };
}
