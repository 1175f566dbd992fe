import type { Kysely } from 'kysely';
import type { CareFacts } from '@zhibu/domain';
import type { DB } from '../../../db/types.js';
import type { FactRange } from '../repository.js';

/**
 * Loads the care facts of the branches in range, set-based (one query per kind of record for all branches), keyed by
 * branch id. A branch without records gets the empty facts from the caller.
 */
export async function loadCareFacts(_db: Kysely<DB>, _r: FactRange): Promise<Map<string, CareFacts>> {
  return new Map<string, CareFacts>();
}
