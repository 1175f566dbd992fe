import { sql, type RawBuilder } from 'kysely';

/**
 * LIFE-5 "交纳当月党费" (issue 6 §5) as one SQL predicate: a 党员 had not paid a month by a day when no payment for that
 * month was made on or before it (paid ahead counts) and no approved exemption (amount 0) covers the month. The
 * standards check, the meeting page and the record book all use it, so the three never disagree. Written as two
 * `not exists` so that PostgreSQL plans a whole organ's 主题党日 as hash anti-joins, not one probe per person.
 */
export const unpaidByDay = (person: RawBuilder<unknown>, month: RawBuilder<unknown>, day: RawBuilder<unknown>) => sql<boolean>`(
  not exists (select 1 from dues_payments paid where paid.person_id = ${person} and paid.kind = 'monthly' and paid.month = ${month} and paid.paid_on <= ${day})
  and not exists (select 1 from dues_reductions exempt where exempt.person_id = ${person} and exempt.amount_fen = 0 and exempt.from_month <= ${month} and exempt.to_month >= ${month}))`;
