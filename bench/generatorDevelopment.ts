import type { Kysely } from 'kysely';
import type { DB } from '../packages/server/src/db/types.js';
import { currentMemberships } from './generatorShared.js';
import { demoDevelopmentFiles, emptyDemoDevFiles, insertDevFiles } from '../packages/server/src/demo/development.js';

/**
 * 发展党员 files for a benchmark organ (MEM-1): about two per branch — one 入党积极分子 past a year, one 预备党员 whose
 * probation ends within a month — with all their steps, 双推双评 and 公示, so that the MEM-1 rule reads real volumes.
 * The roster is left as generated (the check reads the files, not the categories).
 */
export async function generateDevelopment(trx: Kysely<DB>, organId: string, asOf: string): Promise<void> {
  const members = await currentMemberships(trx, organId);
  const byBranch = new Map<string, string[]>();
  for (const m of members) byBranch.set(m.branch_id, [...(byBranch.get(m.branch_id) ?? []), m.person_id]);
  const out = emptyDemoDevFiles();
  for (const [branchId, people] of byBranch) {
    if (people.length < 5) continue;
    const n = people.length;
    demoDevelopmentFiles(organId, asOf, { id: branchId, activist: people[n - 1], probationary: people[n - 2], full: people.slice(0, n - 2), secretary: people[0] ?? null }, out);
  }
  await insertDevFiles(trx, { ...out, joined: [] });
}
