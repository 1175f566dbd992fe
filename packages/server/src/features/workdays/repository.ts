import type { Kysely } from 'kysely';
import { adjustmentsOf, type WorkdayAdjustments } from '@zhibu/domain';
import type { DB } from '../../db/types.js';

/** The organ admin's working-day adjustments (contracts §7), indexed by day for the domain's working-day functions. */
export async function loadAdjustments(db: Kysely<DB>, organId: string): Promise<WorkdayAdjustments> {
  const rows = await db.selectFrom('workday_adjustments').select(['day', 'is_workday']).where('organ_id', '=', organId).execute();
  return adjustmentsOf(rows.map((r) => ({ day: String(r.day), isWorkday: r.is_workday })));
}

export async function listAdjustments(db: Kysely<DB>, organId: string) {
  return db.selectFrom('workday_adjustments').select(['day', 'is_workday', 'note']).where('organ_id', '=', organId).orderBy('day').execute();
}
