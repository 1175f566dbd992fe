import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';

type Db = Kysely<DB>;

export const findChatGroup = (db: Db, branchId: string) =>
  db
    .selectFrom('chat_groups as g')
    .leftJoin('persons as p', 'p.id', 'g.manager_person_id')
    .selectAll('g')
    .select('p.name as manager_name')
    .where('g.branch_id', '=', branchId)
    .executeTakeFirst();

export const membersOf = async (db: Db, chatGroupId: string) =>
  (await db.selectFrom('chat_group_members').select('name').where('chat_group_id', '=', chatGroupId).orderBy('seq').execute()).map((r) => r.name);

/** Whether the person is on the branch's roster on the date (any category). */
export async function onRoster(db: Db, branchId: string, personId: string, date: string): Promise<boolean> {
  const row = await db
    .selectFrom('branch_memberships')
    .select('id')
    .where('branch_id', '=', branchId)
    .where('person_id', '=', personId)
    .where('start_on', '<=', date)
    .where((eb) => eb.or([eb('end_on', 'is', null), eb('end_on', '>=', date)]))
    .executeTakeFirst();
  return !!row;
}
