import { sql, type Kysely, type Selectable } from 'kysely';
import type { Meeting } from '@zhibu/schemas';
import type { DB, MeetingsTable } from '../../db/types.js';
import { inForceOn } from '../../db/periods.js';

/** Meetings and attendance (issue 5 §1–2): Kysely only, set-based. */
type Db = Kysely<DB>;

/** A meeting of the organ with its branch and group names. */
export const findMeeting = (db: Db, organId: string, id: string) =>
  db
    .selectFrom('meetings as m')
    .innerJoin('branches as b', 'b.id', 'm.branch_id')
    .leftJoin('party_groups as g', 'g.id', 'm.group_id')
    .selectAll('m')
    .select(['b.full_name as branch_name', 'b.status as branch_status', 'g.name as group_name'])
    .where('m.organ_id', '=', organId)
    .where('m.id', '=', id)
    .executeTakeFirst();
export type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

/** The branch's meetings, optionally of a year and a kind, in date order. */
export function meetingsOfBranch(db: Db, branchId: string, q: { year?: number | undefined; kind?: string | undefined }) {
  let query = db
    .selectFrom('meetings as m')
    .innerJoin('branches as b', 'b.id', 'm.branch_id')
    .leftJoin('party_groups as g', 'g.id', 'm.group_id')
    .selectAll('m')
    .select(['b.full_name as branch_name', 'b.status as branch_status', 'g.name as group_name'])
    .where('m.branch_id', '=', branchId);
  if (q.year) query = query.where('m.held_on', '>=', `${q.year}-01-01`).where('m.held_on', '<=', `${q.year}-12-31`);
  if (q.kind) query = query.where('m.kind', '=', q.kind as DB['meetings']['kind']);
  return query.orderBy('m.held_on').orderBy('m.start_time').orderBy('m.created_at').execute();
}

/** Who should attend, as dated memberships: the branch's 党员 (正式, 预备) in 在册 status, and its groups' members. */
export interface RosterSpan {
  personId: string;
  name: string;
  pinyin: string;
  category: string;
  confirmedOn: string | null;
  groupId: string | null;
  startOn: string;
  endOn: string | null;
}

/** Branch memberships (groupId null) and group memberships of the branch's 党员 that overlap [from, to]. */
export async function rosterSpans(db: Db, branchId: string, from: string, to: string): Promise<RosterSpan[]> {
  const overlap = (s: string, e: string) => sql<boolean>`(${sql.ref(s)} <= ${to}::date and (${sql.ref(e)} is null or ${sql.ref(e)} >= ${from}::date))`;
  const [branch, groups] = await Promise.all([
    db
      .selectFrom('branch_memberships as bm')
      .innerJoin('persons as p', 'p.id', 'bm.person_id')
      .select(['p.id', 'p.name', 'p.name_pinyin', 'p.category', 'p.confirmed_on', 'bm.start_on', 'bm.end_on'])
      .where('bm.branch_id', '=', branchId)
      .where('p.category', 'in', ['full', 'probationary'])
      .where('p.status', '=', 'active')
      .where(overlap('bm.start_on', 'bm.end_on'))
      .execute(),
    db
      .selectFrom('group_memberships as gm')
      .innerJoin('party_groups as g', 'g.id', 'gm.group_id')
      .innerJoin('persons as p', 'p.id', 'gm.person_id')
      .select(['p.id', 'p.name', 'p.name_pinyin', 'p.category', 'p.confirmed_on', 'gm.group_id', 'gm.start_on', 'gm.end_on'])
      .where('g.branch_id', '=', branchId)
      .where('p.category', 'in', ['full', 'probationary'])
      .where('p.status', '=', 'active')
      .where(overlap('gm.start_on', 'gm.end_on'))
      .execute(),
  ]);
  const span = (r: (typeof branch)[number], groupId: string | null): RosterSpan => ({
    personId: r.id,
    name: r.name,
    pinyin: r.name_pinyin,
    category: r.category,
    confirmedOn: r.confirmed_on,
    groupId,
    startOn: r.start_on,
    endOn: r.end_on,
  });
  return [...branch.map((r) => span(r, null)), ...groups.map((r) => span(r, r.group_id))];
}

/** Recorded attendance of the given meetings, with names and what decides a vote (R-ORG-9). */
export async function attendanceOf(db: Db, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return [];
  return db
    .selectFrom('meeting_attendance as a')
    .innerJoin('persons as p', 'p.id', 'a.person_id')
    .select(['a.meeting_id', 'a.person_id', 'a.status', 'a.reason', 'a.guest', 'p.name', 'p.name_pinyin', 'p.category', 'p.confirmed_on'])
    .where('a.meeting_id', 'in', [...meetingIds])
    .execute();
}
export type AttendanceRecord = Awaited<ReturnType<typeof attendanceOf>>[number];

/** Persons of the organ by id, with their category (for messages and checks). */
export async function personsOf(db: Db, organId: string, ids: readonly string[]) {
  const rows =
    ids.length === 0
      ? []
      : await db.selectFrom('persons').select(['id', 'name', 'name_pinyin', 'category', 'confirmed_on']).where('organ_id', '=', organId).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Whether the person is a 党员 (正式 or 预备) on the branch's roster on a date. */
export async function isPartyMemberOf(db: Db, personId: string | null, branchId: string, date: string): Promise<boolean> {
  if (!personId) return false;
  const row = await db
    .selectFrom('branch_memberships as bm')
    .innerJoin('persons as p', 'p.id', 'bm.person_id')
    .select('bm.id')
    .where('bm.person_id', '=', personId)
    .where('bm.branch_id', '=', branchId)
    .where('p.category', 'in', ['full', 'probationary'])
    .where(inForceOn('bm.start_on', 'bm.end_on', date))
    .executeTakeFirst();
  return !!row;
}

export const findGroup = (db: Db, id: string) => db.selectFrom('party_groups').selectAll().where('id', '=', id).executeTakeFirst();

export const findBranchOfOrgan = (db: Db, organId: string, id: string) =>
  db.selectFrom('branches').selectAll().where('organ_id', '=', organId).where('id', '=', id).executeTakeFirst();

export const recordsStartOf = async (db: Db, organId: string) =>
  (await db.selectFrom('organs').select('records_start_on').where('id', '=', organId).executeTakeFirstOrThrow()).records_start_on;

/** The editable fields of a meeting, as stored (the table's own column types; the 主题党日 ticks parsed). */
export type MeetingFields = Pick<
  Selectable<MeetingsTable>,
  | 'kind' | 'group_id' | 'held_on' | 'start_time' | 'end_time' | 'place' | 'title' | 'host_person_id' | 'recorder_person_id'
  | 'lecturer_person_id' | 'lecturer_name' | 'topic' | 'agenda' | 'minutes' | 'resolutions' | 'decides'
> & { theme_day: Meeting['themeDay'] };

/** The election held at this 党员大会 (contracts §8), for the meeting page's link back. */
export const electionOfMeeting = async (db: Db, meetingId: string) =>
  (await db.selectFrom('elections').select(['id', 'kind']).where('meeting_id', '=', meetingId).executeTakeFirst()) ?? null;
