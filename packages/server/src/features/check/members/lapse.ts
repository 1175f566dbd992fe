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
  // (a closed year judged on 31 December counts December). Nearly every member took part in the last closed month,
  // so attendance is read for that month and the current one only; the few who did not are followed back to `since`
  // one by one through the attendance's person index. A large organ reads 300,000 attendances instead of 1,600,000.
  const toMonthStart = `${r.to.slice(0, 7)}-01`;
  const recentFrom = addMonths(toMonthStart, -1);
  const took = sql`not a.guest and (a.status = 'present' or (a.status = 'onLeave' and coalesce(btrim(a.reason), '') <> ''))`;
  // For a few branches the attendance of their meetings is read through its key, meeting by meeting (lateral): the
  // planner otherwise scans the whole attendance table to hash-join a few dozen meetings.
  const attendance = r.branchIds
    ? sql`meetings m cross join lateral (select a.person_id from meeting_attendance a where a.meeting_id = m.id and ${took} offset 0) a`
    : sql`meeting_attendance a join meetings m on m.id = a.meeting_id`;
  const [life, rest] = await Promise.all([
    sql<{ rows: [string, string, string, string | null][] | null }>`
    with recent as (
      select m.branch_id, a.person_id, max(m.held_on) as last, max(m.held_on) filter (where m.held_on < ${toMonthStart}::date) as closed
      from ${attendance}
      where m.organ_id = ${r.organId} and m.status = 'held' and m.held_on between ${recentFrom}::date and ${r.to}::date
        ${r.branchIds ? sql`` : sql`and ${took}`} ${branchFilter('m.branch_id', r)}
      group by m.branch_id, a.person_id),
    earlier as (
      select bm.branch_id, bm.person_id, o.last
      from branch_memberships bm join branches b on b.id = bm.branch_id
      cross join lateral (
        select max(m.held_on) as last from meeting_attendance a join meetings m on m.id = a.meeting_id
        where a.person_id = bm.person_id and m.branch_id = bm.branch_id and m.status = 'held'
          and m.held_on >= ${since}::date and m.held_on < ${recentFrom}::date and ${took}) o
      where b.organ_id = ${r.organId} and bm.start_on <= ${r.to}::date and (bm.end_on is null or bm.end_on >= ${since}::date)
        ${branchFilter('bm.branch_id', r)} and o.last is not null
        and not exists (select 1 from recent x where x.branch_id = bm.branch_id and x.person_id = bm.person_id and x.closed is not null))
    select json_agg(json_build_array(coalesce(x.branch_id, e.branch_id), coalesce(x.person_id, e.person_id),
      coalesce(x.last, e.last)::text, coalesce(x.closed, e.last)::text)) as rows
    from recent x full join earlier e on e.branch_id = x.branch_id and e.person_id = x.person_id`.execute(db),
    // the branch's months with anything held, assigned work, transfers: one document of arrays (one round trip)
    sql<{ doc: { held: [string, string[]][] | null; work: [string, string, string, string | null][] | null; transfers: [string, string, string, string, TransferFact['direction'], TransferFact['kind'], string, number | null, string | null, string | null, TransferFact['status']][] | null } }>`
      select json_build_object(
        'held', (select json_agg(json_build_array(h.branch_id, h.months)) from (
          select m.branch_id, array_agg(distinct to_char(m.held_on, 'YYYY-MM')) as months from meetings m
          where m.organ_id = ${r.organId} and m.status = 'held' and m.held_on between ${since}::date and ${r.to}::date ${branchFilter('m.branch_id', r)}
          group by m.branch_id) h),
        'work', (select json_agg(json_build_array(w.branch_id, w.person_id, w.due_on, w.done_on))
          from work_assignments w join branches b on b.id = w.branch_id
          where b.organ_id = ${r.organId} and w.due_on <= ${r.to}::date and (w.done_on is null or w.done_on >= ${since}::date) ${branchFilter('w.branch_id', r)}),
        'transfers', (select json_agg(json_build_array(t.id, t.branch_id, t.person_id, p.name, t.direction, t.kind, t.issued_on, t.valid_days,
            t.received_on, t.receipt_returned_on, t.status) order by t.issued_on, t.id)
          from transfers t join persons p on p.id = t.person_id
          where t.organ_id = ${r.organId} and t.issued_on <= ${r.to}::date
            and (t.status in ('issued', 'received') or t.issued_on >= ${since}::date) ${branchFilter('t.branch_id', r)})
      ) as doc`.execute(db),
  ]);

  for (const [branchId, personId, last, closed] of life.rows[0]?.rows ?? []) {
    of(branchId).lifeMonths.push({ personId, months: [...new Set([last.slice(0, 7), ...(closed ? [closed.slice(0, 7)] : [])])] });
  }
  const { held, work, transfers } = rest.rows[0]!.doc;
  for (const [branchId, months] of held ?? []) of(branchId).branchMonths = months;
  for (const [branchId, personId, dueOn, doneOn] of work ?? []) of(branchId).workAssignments.push({ personId, dueOn, doneOn });
  for (const [id, branchId, personId, personName, direction, kind, issuedOn, validDays, receivedOn, receiptReturnedOn, status] of transfers ?? []) {
    of(branchId).transfers.push({ id, personId, personName, direction, kind, issuedOn, validDays, receivedOn, receiptReturnedOn, status });
  }
  return out;
}
