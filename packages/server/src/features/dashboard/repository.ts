import { sql, type Kysely } from 'kysely';
import { monthEnd, PIPELINE_STAGES, type Month } from '@zhibu/domain';
import type { DB } from '../../db/types.js';

/**
 * The dashboard's series, one set-based query each for all the branches in scope (never one per branch or member).
 * bigint aggregates come back as strings: every count goes through `Number`.
 */
type Db = Kysely<DB>;

export interface DashScope {
  organId: string;
  /** the months of the year on the dashboard, in order */
  months: readonly Month[];
  /** one branch, or all of the organ's */
  branchId?: string;
}

const firstDay = (s: DashScope) => `${s.months[0]}-01`;
const lastDay = (s: DashScope) => monthEnd(s.months[s.months.length - 1]!);

/** The 三会一课 kinds whose meetings count as held against due. */
export const LIFE_MEETING_KINDS = ['assembly', 'committeeMeeting', 'groupMeeting', 'partyLecture', 'themeDay'] as const;

/** The organ's branches that existed in the year (a branch dissolved before it is left out). */
export function branchesOf(db: Db, organId: string, year: number, branchId?: string) {
  let q = db
    .selectFrom('branches')
    .select(['id', 'full_name', 'short_name'])
    .where('organ_id', '=', organId)
    .where((eb) => eb.or([eb('dissolved_on', 'is', null), eb('dissolved_on', '>=', `${year}-01-01`)]))
    .where((eb) => eb.or([eb('founded_on', 'is', null), eb('founded_on', '<=', `${year}-12-31`)]));
  if (branchId) q = q.where('id', '=', branchId);
  return q.orderBy('full_name').execute();
}

/** Held 三会一课 meetings per (branch, month). */
export async function heldMeetings(db: Db, s: DashScope) {
  let q = db
    .selectFrom('meetings')
    .select((eb) => ['branch_id', sql<string>`to_char(held_on, 'YYYY-MM')`.as('month'), eb.fn.countAll<string>().as('n')])
    .where('organ_id', '=', s.organId)
    .where('status', '=', 'held')
    .where('kind', 'in', [...LIFE_MEETING_KINDS])
    .where('held_on', '>=', firstDay(s))
    .where('held_on', '<=', lastDay(s));
  if (s.branchId) q = q.where('branch_id', '=', s.branchId);
  const rows = await q.groupBy(['branch_id', sql`to_char(held_on, 'YYYY-MM')`]).execute();
  return rows.map((r) => ({ branchId: r.branch_id, month: r.month, held: Number(r.n) }));
}

/** Attendance rows of held meetings (any kind; guests left out) per (branch, month). */
export async function attendance(db: Db, s: DashScope) {
  let q = db
    .selectFrom('meetings as m')
    .innerJoin('meeting_attendance as a', 'a.meeting_id', 'm.id')
    .select([
      'm.branch_id',
      sql<string>`to_char(m.held_on, 'YYYY-MM')`.as('month'),
      sql<string>`count(*) filter (where a.status = 'present')`.as('present'),
      sql<string>`count(*) filter (where a.status = 'onLeave')`.as('on_leave'),
      sql<string>`count(*) filter (where a.status = 'absent')`.as('absent'),
    ])
    .where('m.organ_id', '=', s.organId)
    .where('m.status', '=', 'held')
    .where('a.guest', '=', false)
    .where('m.held_on', '>=', firstDay(s))
    .where('m.held_on', '<=', lastDay(s));
  if (s.branchId) q = q.where('m.branch_id', '=', s.branchId);
  const rows = await q.groupBy(['m.branch_id', sql`to_char(m.held_on, 'YYYY-MM')`]).execute();
  return rows.map((r) => ({ branchId: r.branch_id, month: r.month, present: Number(r.present), onLeave: Number(r.on_leave), absent: Number(r.absent) }));
}

/**
 * Per (branch, month): the 党员 liable for the month's dues (R-DUES-6: a 党员 or 预备党员 from the month admitted, within
 * their membership of the branch) and those with the month paid or exempt (an approved 免交, amount 0).
 */
export async function duesSettled(db: Db, s: DashScope) {
  const months = sql.join(s.months.map((m) => sql`(${m}::text, ${`${m}-01`}::date, ${monthEnd(m)}::date)`));
  const branch = s.branchId ? sql`and bm.branch_id = ${s.branchId}` : sql``;
  const res = await sql<{ branch_id: string; month: string; liable: string; settled: string }>`
    with ms(month, first_day, last_day) as (values ${months}),
    liable as (
      select distinct bm.branch_id, ms.month, p.id as person_id
      from ms
      join branch_memberships bm on bm.start_on <= ms.last_day and (bm.end_on is null or bm.end_on >= ms.first_day)
      join persons p on p.id = bm.person_id
      where p.organ_id = ${s.organId} ${branch}
        and p.category in ('full', 'probationary')
        and coalesce(to_char(p.joined_on, 'YYYY-MM'), '0000-01') <= ms.month
    )
    select l.branch_id, l.month, count(*) as liable,
      count(*) filter (where exists (select 1 from dues_payments d where d.person_id = l.person_id and d.kind = 'monthly' and d.month = l.month)
        or exists (select 1 from dues_reductions r where r.person_id = l.person_id and r.amount_fen = 0 and r.from_month <= l.month and r.to_month >= l.month)) as settled
    from liable l
    group by l.branch_id, l.month`.execute(db);
  return res.rows.map((r) => ({ branchId: r.branch_id, month: r.month, liable: Number(r.liable), settled: Number(r.settled) }));
}

/** The amount paid for each month (monthly dues, by the branch that collected it). */
export async function duesAmounts(db: Db, s: DashScope) {
  let q = db
    .selectFrom('dues_payments')
    .select((eb) => ['branch_id', 'month', eb.fn.sum<string>('amount_fen').as('fen')])
    .where('organ_id', '=', s.organId)
    .where('kind', '=', 'monthly')
    .where('month', '>=', s.months[0]!)
    .where('month', '<=', s.months[s.months.length - 1]!);
  if (s.branchId) q = q.where('branch_id', '=', s.branchId);
  const rows = await q.groupBy(['branch_id', 'month']).execute();
  return rows.map((r) => ({ branchId: r.branch_id, month: r.month ?? '', amountFen: Number(r.fen) }));
}

/** Persons in the branches on `on` per 发展 stage (申请人 … 预备党员, by their category, which the 发展 steps set). */
export async function pipeline(db: Db, organId: string, on: string, branchId?: string) {
  let q = db
    .selectFrom('branch_memberships as bm')
    .innerJoin('persons as p', 'p.id', 'bm.person_id')
    .select(['bm.branch_id', 'p.category', sql<string>`count(distinct p.id)`.as('n')])
    .where('p.organ_id', '=', organId)
    .where('p.status', '=', 'active')
    .where('p.category', 'in', PIPELINE_STAGES.map((st) => st.category))
    .where('bm.start_on', '<=', on)
    .where((eb) => eb.or([eb('bm.end_on', 'is', null), eb('bm.end_on', '>=', on)]));
  if (branchId) q = q.where('bm.branch_id', '=', branchId);
  const rows = await q.groupBy(['bm.branch_id', 'p.category']).execute();
  return rows.map((r) => ({ branchId: r.branch_id, category: r.category, count: Number(r.n) }));
}

/**
 * Something that changes whenever a record the check reads changes: every write is audited (contracts §5). Sign-ins,
 * sign-outs and other account events change no record the check reads and are skipped, or each sign-in would empty
 * the cache.
 */
export async function writeMark(db: Db): Promise<string> {
  const r = await db.selectFrom('audit_log').select((eb) => eb.fn.max('seq').as('seq')).where('entity_type', '<>', 'account').executeTakeFirst();
  return String(r?.seq ?? 0);
}
