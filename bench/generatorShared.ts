import type { Kysely } from 'kysely';
import type { DB } from '../packages/server/src/db/types.js';

/** The generated organ's current memberships (branch, person), ordered by branch: what each module generator spreads its records over. */
export function currentMemberships(trx: Kysely<DB>, organId: string) {
  return trx
    .selectFrom('branch_memberships')
    .innerJoin('branches', 'branches.id', 'branch_memberships.branch_id')
    .select(['branch_memberships.branch_id', 'branch_memberships.person_id'])
    .where('branches.organ_id', '=', organId)
    .where('branch_memberships.end_on', 'is', null)
    .orderBy('branch_memberships.branch_id')
    .execute();
}

/** The 书记 of each generated committee (branch, person). */
export function secretaries(trx: Kysely<DB>, organId: string) {
  return trx
    .selectFrom('committee_members')
    .innerJoin('committees', 'committees.id', 'committee_members.committee_id')
    .select(['committees.branch_id', 'committee_members.person_id'])
    .where('committees.organ_id', '=', organId)
    .where('committee_members.role', '=', 'secretary')
    .execute();
}
