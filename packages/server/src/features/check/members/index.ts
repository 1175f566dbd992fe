import type { Kysely } from 'kysely';
import { emptyCareFacts, emptyDevelopmentFacts, emptyDuesFacts, emptyLapseFacts, type BranchFacts, type CareFacts, type DevelopmentFacts, type DuesFacts, type LapseFacts } from '@zhibu/domain';
import type { DB } from '../../../db/types.js';
import type { FactRange } from '../repository.js';
import { loadDuesFacts } from './dues.js';
import { loadDevelopmentFacts } from './development.js';
import { loadLapseFacts } from './lapse.js';
import { loadCareFacts } from './care.js';

export interface MemberManagementFacts {
  dues: Map<string, DuesFacts>;
  development: Map<string, DevelopmentFacts>;
  lapse: Map<string, LapseFacts>;
  care: Map<string, CareFacts>;
}

/** Loads the 党员管理 facts (issue 6) of the branches in range, keyed by branch id. */
export async function loadMemberManagementFacts(db: Kysely<DB>, r: FactRange): Promise<MemberManagementFacts> {
  const [dues, development, lapse, care] = await Promise.all([loadDuesFacts(db, r), loadDevelopmentFacts(db, r), loadLapseFacts(db, r), loadCareFacts(db, r)]);
  return { dues, development, lapse, care };
}

/** Files the 党员管理 facts under each branch (a branch without records gets the empty facts). */
export function addMemberManagementFacts(f: MemberManagementFacts, byBranch: Map<string, BranchFacts>): void {
  for (const [id, b] of byBranch) {
    b.dues = f.dues.get(id) ?? emptyDuesFacts();
    b.development = f.development.get(id) ?? emptyDevelopmentFacts();
    b.lapse = f.lapse.get(id) ?? emptyLapseFacts();
    b.care = f.care.get(id) ?? emptyCareFacts();
  }
}
