import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types.js';

/** Talks (谈心谈话, MEM-4) and who sits on a branch's committee when: Kysely only. */
type Db = Kysely<DB>;

const talkQuery = (db: Db) =>
  db
    .selectFrom('talks as t')
    .innerJoin('branches as b', 'b.id', 't.branch_id')
    .innerJoin('persons as pr', 'pr.id', 't.talker_person_id')
    .innerJoin('persons as pe', 'pe.id', 't.talkee_person_id')
    .selectAll('t')
    .select(['b.full_name as branch_name', 'b.status as branch_status', 'pr.name as talker_name', 'pe.name as talkee_name']);

export const findTalk = (db: Db, organId: string, id: string) => talkQuery(db).where('t.organ_id', '=', organId).where('t.id', '=', id).executeTakeFirst();
export type TalkRow = NonNullable<Awaited<ReturnType<typeof findTalk>>>;

/** The branch's talks, optionally of a year, of a person (either party), or of a 组织生活会, newest first. */
export function talksOf(db: Db, q: { branchId?: string; year?: number | undefined; personId?: string | undefined; lifeMeetingId?: string }) {
  let query = talkQuery(db);
  if (q.branchId) query = query.where('t.branch_id', '=', q.branchId);
  if (q.lifeMeetingId) query = query.where('t.life_meeting_id', '=', q.lifeMeetingId);
  if (q.year) query = query.where('t.talked_on', '>=', `${q.year}-01-01`).where('t.talked_on', '<=', `${q.year}-12-31`);
  const pid = q.personId;
  if (pid) query = query.where((eb) => eb.or([eb('t.talker_person_id', '=', pid), eb('t.talkee_person_id', '=', pid)]));
  return query.orderBy('t.talked_on', 'desc').orderBy('t.recorded_at', 'desc').execute();
}

/** A committee seat (or, for a branch with no committee record, a direct post) with the days it covers. */
export interface CommitteeSeat {
  personId: string;
  name: string;
  role: string;
  startOn: string;
  /** the first day no longer on it (exclusive), null while it lasts */
  endBefore: string | null;
}

/**
 * Who sat on the branch's committee at some time of [from, to]: the committee terms' members (a term or seat ends
 * the day its successor begins); direct posts only where the branch has no committee record — as the viewer's roles
 * are built (contracts §4).
 */
export async function committeeSeats(db: Db, branchId: string, from: string, to: string): Promise<CommitteeSeat[]> {
  const r = await sql<CommitteeSeat>`
    select cm.person_id as "personId", p.name, cm.role,
      to_char(greatest(c.start_on, cm.start_on), 'YYYY-MM-DD') as "startOn",
      to_char(least(c.ended_on, cm.end_on), 'YYYY-MM-DD') as "endBefore"
    from committee_members cm join committees c on c.id = cm.committee_id join persons p on p.id = cm.person_id
    where c.branch_id = ${branchId} and c.start_on <= ${to}::date and (c.ended_on is null or c.ended_on > ${from}::date)
      and cm.start_on <= ${to}::date and (cm.end_on is null or cm.end_on > ${from}::date)
    union all
    select bp.person_id, p.name, bp.role, to_char(bp.start_on, 'YYYY-MM-DD'), to_char(bp.end_on + 1, 'YYYY-MM-DD')
    from branch_posts bp join persons p on p.id = bp.person_id
    where bp.branch_id = ${branchId} and bp.start_on <= ${to}::date and (bp.end_on is null or bp.end_on >= ${from}::date)
      and not exists (select 1 from committees c2 where c2.branch_id = bp.branch_id)`.execute(db);
  return r.rows;
}

export const seatedOn = (s: CommitteeSeat, on: string) => s.startOn <= on && (s.endBefore === null || on < s.endBefore);

/** Whether the meeting is a 组织生活会 of the branch. */
export const findLifeMeetingOf = (db: Db, branchId: string, id: string) =>
  db.selectFrom('meetings').select(['id', 'held_on']).where('id', '=', id).where('branch_id', '=', branchId).where('kind', '=', 'lifeMeeting').executeTakeFirst();

/** `branchId:year` of the branches' closed record books (LED-1), to show what can no longer be edited. */
export async function closedBookYears(db: Db, branchIds: readonly string[]): Promise<Set<string>> {
  if (branchIds.length === 0) return new Set();
  const rows = await db.selectFrom('record_books').select(['branch_id', 'year']).where('branch_id', 'in', [...branchIds]).where('group_id', 'is', null).execute();
  return new Set(rows.map((r) => `${r.branch_id}:${r.year}`));
}
