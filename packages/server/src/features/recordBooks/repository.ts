import type { Kysely } from 'kysely';
import { compareOrdinalNames } from '@zhibu/domain';
import type { DB } from '../../db/types.js';

/** Record books (LED-1): Kysely only, set-based. */
type Db = Kysely<DB>;

const yearSpan = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;

/** The branch's groups that existed at some time in the year. */
export function groupsOfYear(db: Db, branchId: string, year: number) {
  const [from, to] = yearSpan(year);
  return db
    .selectFrom('party_groups')
    .select(['id', 'name', 'leader_person_id', 'founded_on', 'dissolved_on'])
    .where('branch_id', '=', branchId)
    .where((eb) => eb.or([eb('founded_on', 'is', null), eb('founded_on', '<=', to)]))
    .where((eb) => eb.or([eb('dissolved_on', 'is', null), eb('dissolved_on', '>=', from)]))
    .execute()
    .then((rows) => rows.sort((a, b) => compareOrdinalNames(a.name, b.name)));
}

/** The closed books of the branch for the year (the branch's and its groups'). */
export const booksOf = (db: Db, branchId: string, year: number) =>
  db.selectFrom('record_books').selectAll().where('branch_id', '=', branchId).where('year', '=', year).execute();

export const findBook = (db: Db, organId: string, id: string) =>
  db.selectFrom('record_books').selectAll().where('organ_id', '=', organId).where('id', '=', id).executeTakeFirst();

/** Per book, how many records it holds: held meetings by group (null: the branch's own kinds), and talks. */
export async function entryCounts(db: Db, branchId: string, year: number): Promise<Map<string | null, number>> {
  const [from, to] = yearSpan(year);
  const [meetings, talks] = await Promise.all([
    db
      .selectFrom('meetings')
      .select((eb) => [eb.case().when('kind', '=', 'groupMeeting').then(eb.ref('group_id')).else(null).end().as('book'), eb.fn.countAll<string>().as('n')])
      .where('branch_id', '=', branchId)
      .where('status', '=', 'held')
      .where('held_on', '>=', from)
      .where('held_on', '<=', to)
      .groupBy('book')
      .execute(),
    db.selectFrom('talks').select((eb) => eb.fn.countAll<string>().as('n')).where('branch_id', '=', branchId).where('talked_on', '>=', from).where('talked_on', '<=', to).executeTakeFirstOrThrow(),
  ]);
  const out = new Map<string | null, number>();
  for (const m of meetings) out.set(m.book, Number(m.n));
  out.set(null, (out.get(null) ?? 0) + Number(talks.n));
  return out;
}

/** The planned meetings of a book and year (those stop it from closing). */
export function plannedOfBook(db: Db, branchId: string, groupId: string | null, year: number) {
  const [from, to] = yearSpan(year);
  let q = db
    .selectFrom('meetings')
    .select(['id', 'kind', 'held_on', 'title'])
    .where('branch_id', '=', branchId)
    .where('status', '=', 'planned')
    .where('held_on', '>=', from)
    .where('held_on', '<=', to);
  q = groupId === null ? q.where('kind', '!=', 'groupMeeting') : q.where('kind', '=', 'groupMeeting').where('group_id', '=', groupId);
  return q.orderBy('held_on').execute();
}

/** The branch's 谈心谈话 of the year with both persons' names, in date order (forms.md §8 汇总台账). */
export function talksOfYear(db: Db, branchId: string, year: number) {
  const [from, to] = yearSpan(year);
  return db
    .selectFrom('talks as t')
    .innerJoin('persons as a', 'a.id', 't.talker_person_id')
    .innerJoin('persons as b', 'b.id', 't.talkee_person_id')
    .select(['t.id', 't.talked_on', 't.place', 't.kind', 't.purpose', 't.form', 't.topics', 't.problems', 't.follow_up', 'a.name as talker', 'b.name as talkee'])
    .where('t.branch_id', '=', branchId)
    // 诫勉谈话 (MEM-4) stay out of the book every member of the branch reads: only the committee and the two parties see them
    .where('t.kind', '=', 'heartToHeart')
    .where('t.talked_on', '>=', from)
    .where('t.talked_on', '<=', to)
    .orderBy('t.talked_on')
    .orderBy('t.recorded_at')
    .execute();
}
export type TalkLine = Awaited<ReturnType<typeof talksOfYear>>[number];

/** Whether the book a record of that date belongs to is closed (for abilities; writes ask guard.ts). */
export async function isBookClosed(db: Db, branchId: string, groupId: string | null, date: string): Promise<boolean> {
  const row = await db
    .selectFrom('record_books')
    .select('id')
    .where('branch_id', '=', branchId)
    .where('year', '=', Number(date.slice(0, 4)))
    .where((eb) => (groupId === null ? eb('group_id', 'is', null) : eb('group_id', '=', groupId)))
    .executeTakeFirst();
  return !!row;
}
