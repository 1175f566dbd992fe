import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError } from '../../errors.js';
import { DEFAULT_SESSION_IDLE_MINUTES } from './settings.js';

/** Creates an organ (one database may hold several, contracts §1). Runs inside the caller's transaction. */
export async function insertOrgan(trx: Kysely<DB>, actor: string, o: { id?: string; name: string; recordsStartOn: string; isDemo?: boolean }): Promise<string> {
  const exists = await trx.selectFrom('organs').select('id').where('name', '=', o.name).executeTakeFirst();
  if (exists) throw new AppError('CONFLICT', `机关「${o.name}」已存在`);
  const id = o.id ?? randomUUID();
  const settings = { sessionIdleMinutes: DEFAULT_SESSION_IDLE_MINUTES };
  await trx
    .insertInto('organs')
    .values({ id, name: o.name, records_start_on: o.recordsStartOn, settings: JSON.stringify(settings), is_demo: o.isDemo ?? false })
    .execute();
  await recordEvent(trx as never, actor, {
    organId: id,
    action: 'organ.created',
    entityType: 'organ',
    entityId: id,
    after: { name: o.name, recordsStartOn: o.recordsStartOn, settings, isDemo: o.isDemo ?? false },
  });
  return id;
}
