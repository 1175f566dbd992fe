import type { Kysely } from 'kysely';
import type { BranchRole, Viewer } from '@zhibu/domain';
import type { Me } from '@zhibu/schemas';
import type { DB } from '../../db/types.js';
import { notFound } from '../../errors.js';
import { findAccount, loadRoleFacts } from './repository.js';
import { readSettings } from '../organ/settings.js';

export interface ViewerBundle {
  viewer: Viewer;
  me: Me;
}

/** Builds the viewer of an account once per request: roles from records, never typed twice (contracts §4). */
export async function loadViewer(db: Kysely<DB>, accountId: string, today: string): Promise<ViewerBundle> {
  const account = await findAccount(db, accountId);
  if (!account) throw notFound('账号');
  const [organ, person] = await Promise.all([
    db.selectFrom('organs').selectAll().where('id', '=', account.organ_id).executeTakeFirstOrThrow(),
    account.person_id
      ? db.selectFrom('persons').select(['id', 'name']).where('id', '=', account.person_id).executeTakeFirst()
      : Promise.resolve(undefined),
  ]);
  const facts = await loadRoleFacts(db, account.id, account.person_id, today);
  const branchRoles: Record<string, BranchRole[]> = {};
  const branchNames: Record<string, string> = {};
  for (const p of facts.posts) {
    (branchRoles[p.branchId] ??= []).push(p.role);
    branchNames[p.branchId] = p.branchName;
  }
  const viewer: Viewer = {
    accountId: account.id,
    organId: account.organ_id,
    personId: account.person_id,
    organRoles: facts.organRoles,
    branchRoles,
    ledGroups: facts.ledGroups.map((g) => ({ groupId: g.groupId, branchId: g.branchId })),
  };
  const me: Me = {
    accountId: account.id,
    username: account.username,
    organ: { id: organ.id, name: organ.name, recordsStartOn: readSettings(organ).recordsStartOn },
    person: person ? { id: person.id, name: person.name } : null,
    mustChangePassword: account.must_change_password,
    organRoles: facts.organRoles,
    branchRoles: Object.entries(branchRoles).map(([branchId, roles]) => ({
      branchId,
      branchName: branchNames[branchId] ?? '',
      roles,
    })),
    ledGroups: facts.ledGroups,
    ownBranch: facts.ownBranch,
    today,
    demo: organ.is_demo,
  };
  return { viewer, me };
}
