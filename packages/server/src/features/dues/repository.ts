import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import { unpaidByDay } from './paidByDay.js';

/** 党费 records: Kysely only. bigint columns may come back as strings: every amount goes through `Number`. */
type Db = Kysely<DB>;

export interface DuesMemberRow {
  person_id: string;
  name: string;
  name_pinyin: string;
  id_number: string;
  gender: string | null;
  category: string;
  joined_on: string | null;
  confirmed_on: string | null;
  start_on: string;
  end_on: string | null;
  branch_id: string;
}

/** The branch's 党员 (正式, 预备) whose membership overlaps [from, to], one row per membership span. */
export async function branchMemberSpans(db: Db, branchId: string, from: string, to: string): Promise<DuesMemberRow[]> {
  return db
    .selectFrom('branch_memberships as bm')
    .innerJoin('persons as p', 'p.id', 'bm.person_id')
    .select(['p.id as person_id', 'p.name', 'p.name_pinyin', 'p.id_number', 'p.gender', 'p.category', 'p.joined_on', 'p.confirmed_on', 'bm.start_on', 'bm.end_on', 'bm.branch_id'])
    .where('bm.branch_id', '=', branchId)
    .where('p.category', 'in', ['full', 'probationary'])
    .where('bm.start_on', '<=', to)
    .where((eb) => eb.or([eb('bm.end_on', 'is', null), eb('bm.end_on', '>=', from)]))
    .execute();
}

/** A person's branch memberships (all branches), with their person fields. */
export async function personSpans(db: Db, organId: string, personId: string): Promise<DuesMemberRow[]> {
  return db
    .selectFrom('branch_memberships as bm')
    .innerJoin('persons as p', 'p.id', 'bm.person_id')
    .select(['p.id as person_id', 'p.name', 'p.name_pinyin', 'p.id_number', 'p.gender', 'p.category', 'p.joined_on', 'p.confirmed_on', 'bm.start_on', 'bm.end_on', 'bm.branch_id'])
    .where('p.organ_id', '=', organId)
    .where('bm.person_id', '=', personId)
    .orderBy('bm.start_on')
    .execute();
}

export const findPerson = (db: Db, organId: string, id: string) =>
  db.selectFrom('persons').select(['id', 'name', 'category', 'joined_on', 'confirmed_on', 'gender', 'id_number']).where('organ_id', '=', organId).where('id', '=', id).executeTakeFirst();

export async function basesOf(db: Db, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  const rows = await db.selectFrom('dues_bases').select(['id', 'person_id', 'from_month', 'dues_category', 'base_fen', 'fixed_fen', 'note']).where('person_id', 'in', [...personIds]).orderBy('from_month').execute();
  return rows.map((r) => ({ ...r, base_fen: r.base_fen === null ? null : Number(r.base_fen), fixed_fen: r.fixed_fen === null ? null : Number(r.fixed_fen) }));
}
export type BaseRow = Awaited<ReturnType<typeof basesOf>>[number];

export async function reductionsOf(db: Db, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('dues_reductions as r')
    .innerJoin('persons as p', 'p.id', 'r.person_id')
    .select(['r.id', 'r.person_id', 'p.name', 'r.from_month', 'r.to_month', 'r.amount_fen', 'r.reason', 'r.branch_decided_on', 'r.approval_ref', 'r.approved_on'])
    .where('r.person_id', 'in', [...personIds])
    .orderBy('r.from_month')
    .execute();
  return rows.map((r) => ({ ...r, amount_fen: Number(r.amount_fen) }));
}
export type ReductionRow = Awaited<ReturnType<typeof reductionsOf>>[number];

const paymentQuery = (db: Db) =>
  db
    .selectFrom('dues_payments as d')
    .innerJoin('persons as p', 'p.id', 'd.person_id')
    .leftJoin('persons as c', 'c.id', 'd.collector_person_id')
    .select(['d.id', 'd.branch_id', 'd.person_id', 'p.name', 'd.kind', 'd.month', 'd.due_fen', 'd.amount_fen', 'd.paid_on', 'd.method', 'd.receipt_no', 'd.collector_person_id', 'c.name as collector_name', 'd.paid_by', 'd.note']);

const normal = <T extends { due_fen: number | null; amount_fen: number }>(r: T): T => ({ ...r, due_fen: r.due_fen === null ? null : Number(r.due_fen), amount_fen: Number(r.amount_fen) });

/** The monthly payments of the persons for months in [fromMonth, toMonth] (any branch), and their voluntary payments paid then. */
export async function paymentsOf(db: Db, personIds: readonly string[], fromMonth: string, toMonth: string) {
  if (personIds.length === 0) return [];
  const rows = await paymentQuery(db)
    .where('d.person_id', 'in', [...personIds])
    .where((eb) =>
      eb.or([
        eb.and([eb('d.kind', '=', 'monthly'), eb('d.month', '>=', fromMonth), eb('d.month', '<=', toMonth)]),
        eb.and([eb('d.kind', '=', 'voluntary'), eb('d.paid_on', '>=', `${fromMonth}-01`), eb('d.paid_on', '<=', `${toMonth}-31`)]),
      ]),
    )
    .orderBy('d.paid_on')
    .execute();
  return rows.map(normal);
}
export type PaymentRow = Awaited<ReturnType<typeof paymentsOf>>[number];

export const findPayment = async (db: Db, organId: string, id: string) => {
  const r = await paymentQuery(db).select('d.organ_id').where('d.id', '=', id).where('d.organ_id', '=', organId).executeTakeFirst();
  return r ? normal(r) : undefined;
};

/** The organ's changes of `dues.roundingUnit` (the check's parameters). */
export const roundingChanges = (db: Db, organId: string) =>
  db.selectFrom('rule_param_changes').select(['key', 'value', 'effective_from']).where('organ_id', '=', organId).where('key', '=', 'dues.roundingUnit').execute();

/**
 * The 党员 present (not guests) at each of the meetings, and whether each had the meeting's month paid by its day
 * (or was exempt for it): one query for any number of 主题党日 (the meeting page, the record book).
 */
export async function themeDayAttendees(db: Db, meetingIds: readonly string[]) {
  if (meetingIds.length === 0) return [];
  const r = await sql<{ meeting_id: string; id: string; name: string; name_pinyin: string; paid: boolean }>`
    select a.meeting_id, p.id, p.name, p.name_pinyin,
      not ${unpaidByDay(sql.ref('p.id'), sql`to_char(m.held_on, 'YYYY-MM')`, sql.ref('m.held_on'))} as paid
    from meeting_attendance a
    join persons p on p.id = a.person_id
    join meetings m on m.id = a.meeting_id
    where a.meeting_id = any(${sql.val([...meetingIds])}::uuid[]) and a.status = 'present' and a.guest = false and p.category in ('full', 'probationary')`.execute(db);
  return r.rows;
}
