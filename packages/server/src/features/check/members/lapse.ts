import { sql, type Kysely } from 'kysely';
import { addMonths, emptyLapseFacts, type LapseFacts, type TransferFact } from '@zhibu/domain';
import type { DB } from '../../../db/types.js';
import type { FactRange } from '../repository.js';

const branchFilter = (col: string, r: FactRange) => (r.branchIds ? sql`and ${sql.ref(col)} = any(${sql.val(r.branchIds)}::uuid[])` : sql``);

/**
 * Loads the lapse facts of the branches in range, set-based (one query per kind of record for all branches), keyed by
 * branch id. A branch without records gets the empty facts from the caller. The 6-month watch follows a run back
 * across the year's start, so life months are read from 12 months before the month of `r.to`.
 */
export async function loadLapseFacts(db: Kysely<DB>, r: FactRange): Promise<Map<string, LapseFacts>> {
  // the watch follows a run back 12 months from the last closed month (LAPSE_LOOKBACK_MONTHS), which reaches back
  // before 1 January of the year; nothing earlier is needed, so a year judged in November reads 12 months, not 23
  const since = addMonths(`${r.to.slice(0, 7)}-01`, -12);
  const out = new Map<string, LapseFacts>();
  const of = (id: string) => {
    let f = out.get(id);
    if (!f) out.set(id, (f = emptyLapseFacts()));
    return f;
  };
  // The run of months without organizational life ends at the most recent month the member took part in, so only
  // that month is needed: the last one before the month of `r.to` (the last closed month then), and the last of all
  // (a closed year judged on 31 December counts December). max() per person is much cheaper than every month.
  const toMonthStart = `${r.to.slice(0, 7)}-01`;
  const took = sql`not a.guest and (a.status = 'present' or (a.status = 'onLeave' and coalesce(btrim(a.reason), '') <> ''))`;
  // For a few branches the attendance of their meetings is read through its key, meeting by meeting (lateral): the
  // planner otherwise scans the whole attendance table to hash-join a few dozen meetings. For the whole organ the
  // hash join over all meetings is the right plan.
  const attendance = r.branchIds
    ? sql`meetings m cross join lateral (select a.person_id from meeting_attendance a where a.meeting_id = m.id and ${took} offset 0) a`
    : sql`meeting_attendance a join meetings m on m.id = a.meeting_id`;
  const life = await sql<{ branch_id: string; person_id: string; last: string; closed: string | null }>`
    select m.branch_id, a.person_id, max(m.held_on)::text as last, (max(m.held_on) filter (where m.held_on < ${toMonthStart}::date))::text as closed
    from ${attendance}
    where m.organ_id = ${r.organId} and m.status = 'held' and m.held_on between ${since}::date and ${r.to}::date
      ${r.branchIds ? sql`` : sql`and ${took}`} ${branchFilter('m.branch_id', r)}
    group by m.branch_id, a.person_id`.execute(db);
  const held = await sql<{ branch_id: string; months: string[] }>`
    select m.branch_id, array_agg(distinct to_char(m.held_on, 'YYYY-MM')) as months
    from meetings m
    where m.organ_id = ${r.organId} and m.status = 'held' and m.held_on between ${since}::date and ${r.to}::date ${branchFilter('m.branch_id', r)}
    group by m.branch_id`.execute(db);
  const work = await sql<{ branch_id: string; person_id: string; due_on: string; done_on: string | null }>`
    select w.branch_id, w.person_id, w.due_on::text as due_on, w.done_on::text as done_on
    from work_assignments w join branches b on b.id = w.branch_id
    where b.organ_id = ${r.organId} and w.due_on <= ${r.to}::date and (w.done_on is null or w.done_on >= ${since}::date)
      ${branchFilter('w.branch_id', r)}`.execute(db);
  const transfers = await sql<{ id: string; branch_id: string; person_id: string; person_name: string; direction: TransferFact['direction']; kind: TransferFact['kind']; issued_on: string; valid_days: number | null; received_on: string | null; receipt_returned_on: string | null; status: TransferFact['status'] }>`
    select t.id, t.branch_id, t.person_id, p.name as person_name, t.direction, t.kind, t.issued_on::text as issued_on, t.valid_days,
      t.received_on::text as received_on, t.receipt_returned_on::text as receipt_returned_on, t.status
    from transfers t join persons p on p.id = t.person_id
    where t.organ_id = ${r.organId} and t.issued_on <= ${r.to}::date
      and (t.status in ('issued', 'received') or t.issued_on >= ${since}::date) ${branchFilter('t.branch_id', r)}
    order by t.issued_on, t.id`.execute(db);

  for (const row of life.rows) {
    const months = [...new Set([row.last.slice(0, 7), ...(row.closed ? [row.closed.slice(0, 7)] : [])])];
    of(row.branch_id).lifeMonths.push({ personId: row.person_id, months });
  }
  for (const row of held.rows) of(row.branch_id).branchMonths = row.months;
  for (const row of work.rows) of(row.branch_id).workAssignments.push({ personId: row.person_id, dueOn: row.due_on, doneOn: row.done_on });
  for (const t of transfers.rows) {
    of(t.branch_id).transfers.push({
      id: t.id,
      personId: t.person_id,
      personName: t.person_name,
      direction: t.direction,
      kind: t.kind,
      issuedOn: t.issued_on,
      validDays: t.valid_days,
      receivedOn: t.received_on,
      receiptReturnedOn: t.receipt_returned_on,
      status: t.status,
    });
  }
  return out;
}
