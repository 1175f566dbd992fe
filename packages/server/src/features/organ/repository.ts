import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';

export const findOrgan = (db: Kysely<DB>, id: string) =>
  db.selectFrom('organs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

export const listUnits = (db: Kysely<DB>, organId: string) =>
  db.selectFrom('units').select(['id', 'name']).where('organ_id', '=', organId).orderBy('name').execute();
