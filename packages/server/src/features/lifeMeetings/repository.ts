import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types.js';

/** The 组织生活会's parts before and after the meeting (LIFE-7): Kysely only. */
type Db = Kysely<DB>;

/** Live attachments per record of a type, as a map id → count. */
export async function attachmentCounts(db: Db, entityType: string, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('attachments')
    .select(['entity_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('entity_type', '=', entityType)
    .where('entity_id', 'in', [...ids])
    .where('removed_at', 'is', null)
    .groupBy('entity_id')
    .execute();
  return new Map(rows.map((r) => [r.entity_id, Number(r.n)]));
}

export const findPreparation = (db: Db, meetingId: string) => db.selectFrom('life_meeting_preparations').selectAll().where('meeting_id', '=', meetingId).executeTakeFirst();

const inspectionQuery = (db: Db) =>
  db.selectFrom('self_inspections as s').innerJoin('persons as p', 'p.id', 's.person_id').selectAll('s').select(['p.name as person_name', 'p.name_pinyin as person_pinyin']);
export const selfInspectionsOf = (db: Db, meetingId: string) => inspectionQuery(db).where('s.meeting_id', '=', meetingId).orderBy('p.name_pinyin').execute();
export const findSelfInspection = (db: Db, id: string) => inspectionQuery(db).where('s.id', '=', id).executeTakeFirst();
export type SelfInspectionRow = NonNullable<Awaited<ReturnType<typeof findSelfInspection>>>;

const criticismQuery = (db: Db) =>
  db
    .selectFrom('criticisms as c')
    .innerJoin('persons as t', 't.id', 'c.target_person_id')
    .innerJoin('persons as k', 'k.id', 'c.critic_person_id')
    .selectAll('c')
    .select(['t.name as target_name', 't.name_pinyin as target_pinyin', 'k.name as critic_name']);
export const criticismsOf = (db: Db, meetingId: string) => criticismQuery(db).where('c.meeting_id', '=', meetingId).orderBy('t.name_pinyin').orderBy('c.id').execute();
export const findCriticism = (db: Db, id: string) => criticismQuery(db).where('c.id', '=', id).executeTakeFirst();
export type CriticismRow = NonNullable<Awaited<ReturnType<typeof findCriticism>>>;

const rectificationQuery = (db: Db) =>
  db
    .selectFrom('rectifications as r')
    .innerJoin('meetings as m', 'm.id', 'r.meeting_id')
    .leftJoin('persons as o', 'o.id', 'r.owner_person_id')
    .selectAll('r')
    .select(['m.held_on', 'o.name as owner_person_name']);
export const rectificationsOfMeeting = (db: Db, meetingId: string) => rectificationQuery(db).where('r.meeting_id', '=', meetingId).orderBy('r.seq').execute();
export const findRectification = (db: Db, id: string) => rectificationQuery(db).where('r.id', '=', id).executeTakeFirst();
export type RectificationRow = NonNullable<Awaited<ReturnType<typeof findRectification>>>;

/** The ledger of a branch: the items of its 组织生活会 of a year (all years when none), by meeting date and number. */
export function rectificationsOfBranch(db: Db, branchId: string, year: number | undefined) {
  let q = rectificationQuery(db).where('r.branch_id', '=', branchId);
  if (year) q = q.where('m.held_on', '>=', `${year}-01-01`).where('m.held_on', '<=', `${year}-12-31`);
  return q.orderBy('m.held_on').orderBy('r.meeting_id').orderBy('r.seq').execute();
}

/** The next 序号 of a meeting's ledger. */
export async function nextSeq(db: Db, meetingId: string): Promise<number> {
  const r = await sql<{ n: number }>`select coalesce(max(seq), 0) + 1 as n from rectifications where meeting_id = ${meetingId}`.execute(db);
  return Number(r.rows[0]!.n);
}
