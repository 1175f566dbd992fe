import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../packages/server/src/db/types.js';
import { bulkInsert } from '../packages/server/src/db/bulk.js';

/**
 * The rest of 组织生活 for a benchmark organ, for the year of `asOf` (LIFE-6..9, MEM-4, LED-1), as a branch mid-year
 * has it: a 谈心谈话 of a committee member with every member, 党员汇报 from about half of them, the 民主评议 started
 * with self-reviews, the year-end 组织生活会 planned, and last year's record books closed. Kept beside the generator so
 * each file stays about one thing.
 */
export async function generateLife(trx: Kysely<DB>, organId: string, asOf: string): Promise<void> {
  const year = Number(asOf.slice(0, 4));
  const members = await trx
    .selectFrom('branch_memberships')
    .innerJoin('branches', 'branches.id', 'branch_memberships.branch_id')
    .select(['branch_memberships.branch_id', 'branch_memberships.person_id'])
    .where('branches.organ_id', '=', organId)
    .execute();
  const leads = await trx
    .selectFrom('committee_members')
    .innerJoin('committees', 'committees.id', 'committee_members.committee_id')
    .select(['committees.branch_id', 'committee_members.person_id'])
    .where('committees.organ_id', '=', organId)
    .where('committee_members.role', '=', 'secretary')
    .execute();
  const secretaryOf = new Map(leads.map((l) => [l.branch_id, l.person_id]));
  const byBranch = new Map<string, string[]>();
  for (const m of members) byBranch.set(m.branch_id, [...(byBranch.get(m.branch_id) ?? []), m.person_id]);
  const groups = await trx.selectFrom('party_groups').innerJoin('branches', 'branches.id', 'party_groups.branch_id').select(['party_groups.id', 'party_groups.branch_id']).where('branches.organ_id', '=', organId).execute();

  const talks: Record<string, unknown>[] = [];
  const reports: Record<string, unknown>[] = [];
  const appraisals: Record<string, unknown>[] = [];
  const appraisalMembers: Record<string, unknown>[] = [];
  const planned: Record<string, unknown>[] = [];
  const books: Record<string, unknown>[] = [];
  let n = 0;
  const dayOf = (i: number) => `${year}-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
  for (const [branchId, people] of byBranch) {
    const secretary = secretaryOf.get(branchId) ?? people[0]!;
    const appraisalId = randomUUID();
    appraisals.push({ id: appraisalId, organ_id: organId, branch_id: branchId, year, step: 'selfReview', started_on: `${year}-11-01` });
    for (const p of people) {
      n++;
      if (p !== secretary) talks.push({ id: randomUUID(), organ_id: organId, branch_id: branchId, talked_on: dayOf(n), talker_person_id: secretary, talkee_person_id: p, topics: '谈心谈话' });
      if (n % 2 === 0) reports.push({ id: randomUUID(), organ_id: organId, branch_id: branchId, person_id: p, year, reported_on: dayOf(n), audience: 'group', entered_by: 'self' });
      appraisalMembers.push({ appraisal_id: appraisalId, person_id: p, self_review: n % 3 === 0 ? '个人自评' : null });
    }
    planned.push({ id: randomUUID(), organ_id: organId, branch_id: branchId, kind: 'lifeMeeting', status: 'planned', held_on: `${year}-12-18`, title: '组织生活会' });
    books.push({ id: randomUUID(), organ_id: organId, branch_id: branchId, group_id: null, year: year - 1, closed_on: `${year}-01-15`, closed_by: 'bench' });
  }
  for (const g of groups) books.push({ id: randomUUID(), organ_id: organId, branch_id: g.branch_id, group_id: g.id, year: year - 1, closed_on: `${year}-01-15`, closed_by: 'bench' });
  const U = 'uuid';
  await bulkInsert(trx, 'talks', talks, { id: U, organ_id: U, branch_id: U, talked_on: 'date', talker_person_id: U, talkee_person_id: U, topics: 'text' });
  await bulkInsert(trx, 'member_reports', reports, { id: U, organ_id: U, branch_id: U, person_id: U, year: 'int', reported_on: 'date', audience: 'text', entered_by: 'text' });
  await bulkInsert(trx, 'appraisals', appraisals, { id: U, organ_id: U, branch_id: U, year: 'int', step: 'text', started_on: 'date' });
  await bulkInsert(trx, 'appraisal_members', appraisalMembers, { appraisal_id: U, person_id: U, self_review: 'text' });
  await bulkInsert(trx, 'meetings', planned, { id: U, organ_id: U, branch_id: U, kind: 'text', status: 'text', held_on: 'date', title: 'text' });
  await bulkInsert(trx, 'record_books', books, { id: U, organ_id: U, branch_id: U, group_id: U, year: 'int', closed_on: 'date', closed_by: 'text' });
}
