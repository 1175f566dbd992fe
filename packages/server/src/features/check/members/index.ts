import type { Kysely } from 'kysely';
import { emptyCareFacts, emptyDevelopmentFacts, emptyDuesFacts, emptyLapseFacts, type BranchFacts } from '@zhibu/domain';
import type { DB } from '../../../db/types.js';
import type { FactRange } from '../repository.js';
import { loadDuesFacts } from './dues.js';
import { loadDevelopmentFacts } from './development.js';
import { loadLapseFacts } from './lapse.js';
import { loadCareFacts } from './care.js';

/** Loads the 党员管理 facts (issue 6) of the branches in range and files them under each branch. */
export async function addMemberManagementFacts(db: Kysely<DB>, r: FactRange, byBranch: Map<string, BranchFacts>): Promise<void> {
  const [dues, development, lapse, care] = await Promise.all([
    loadDuesFacts(db, r),
    loadDevelopmentFacts(db, r),
    loadLapseFacts(db, r),
    loadCareFacts(db, r),
  ]);
  for (const [id, b] of byBranch) {
    b.dues = dues.get(id) ?? emptyDuesFacts();
    b.development = development.get(id) ?? emptyDevelopmentFacts();
    b.lapse = lapse.get(id) ?? emptyLapseFacts();
    b.care = care.get(id) ?? emptyCareFacts();
  }
}
