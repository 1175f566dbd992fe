import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../packages/server/src/db/types.js';
import { bulkInsert } from '../packages/server/src/db/bulk.js';
import { currentMemberships, secretaries as secretariesOf } from './generatorShared.js';

/**
 * Activity funds, care and education for a benchmark organ in the year of `asOf` (LED-7, MEM-2, MEM-5): every branch
 * allocated last year's share with two expenses (receipts are not generated: the check does not read them), about one
 * member in 40 in difficulty (most visited), this year's notebooks for nine members in ten, and a training for the
 * 书记 of three branches in four — so that the MEM-2 and MEM-5 rules have work to do at scale.
 */
export async function generateCare(trx: Kysely<DB>, organId: string, asOf: string): Promise<void> {
  const year = Number(asOf.slice(0, 4));
  const members = await currentMemberships(trx, organId);
  const secretaries = await secretariesOf(trx, organId);
  const branches = [...new Set(members.map((m) => m.branch_id))];
  const U = 'uuid';
  const entries: Record<string, unknown>[] = [];
  for (const b of branches) {
    entries.push({ id: randomUUID(), organ_id: organId, branch_id: b, kind: 'allocation', occurred_on: `${year}-03-15`, amount_fen: 200000, title: '活动经费', dues_year: year - 1 });
    for (const [i, use] of (['materials', 'training'] as const).entries()) {
      entries.push({ id: randomUUID(), organ_id: organId, branch_id: b, kind: 'expense', occurred_on: `${year}-0${4 + i}-10`, amount_fen: 30000, title: '支出', use_category: use, activity_report: '活动书面报告' });
    }
  }
  const hardships: Record<string, unknown>[] = [];
  const visits: Record<string, unknown>[] = [];
  const notebooks: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (i % 10 !== 9 && !seen.has(m.person_id)) {
      seen.add(m.person_id);
      notebooks.push({ person_id: m.person_id, year, branch_id: m.branch_id, issued_on: `${year}-02-20` });
    }
    if (i % 40 === 7) {
      const id = randomUUID();
      hardships.push({ id, branch_id: m.branch_id, person_id: m.person_id, kind: 'illness', details: '困难情况', since_on: `${year - 1}-06-01` });
      if (i % 120 !== 7) visits.push({ id: randomUUID(), branch_id: m.branch_id, person_id: m.person_id, hardship_id: id, visited_on: `${year}-01-20`, kind: 'visit', visitors: '支部书记', description: '走访' });
    }
  });
  const trainings = secretaries
    .filter((_, i) => i % 4 !== 3)
    .map((s) => ({ id: randomUUID(), branch_id: s.branch_id, person_id: s.person_id, title: '书记轮训', organizer: '机关工委', start_on: `${year}-04-13`, end_on: `${year}-04-15` }));
  await bulkInsert(trx, 'fund_entries', entries, { id: U, organ_id: U, branch_id: U, kind: 'text', occurred_on: 'date', amount_fen: 'bigint', title: 'text', dues_year: 'int', use_category: 'text', activity_report: 'text' });
  await bulkInsert(trx, 'hardships', hardships, { id: U, branch_id: U, person_id: U, kind: 'text', details: 'text', since_on: 'date' });
  await bulkInsert(trx, 'care_visits', visits, { id: U, branch_id: U, person_id: U, hardship_id: U, visited_on: 'date', kind: 'text', visitors: 'text', description: 'text' });
  await bulkInsert(trx, 'study_notebooks', notebooks, { person_id: U, year: 'int', branch_id: U, issued_on: 'date' });
  await bulkInsert(trx, 'secretary_trainings', trainings, { id: U, branch_id: U, person_id: U, title: 'text', organizer: 'text', start_on: 'date', end_on: 'date' });
}
