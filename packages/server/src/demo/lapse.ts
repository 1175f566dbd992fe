import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { addDays, addMonthsTo, idCheckChar, lastClosedMonth, nameSearchKeys } from '@zhibu/domain';
import type { DB } from '../db/types.js';

/**
 * The demo's 6-month watch, transfers and 诫勉谈话 (issue 6 items 7–9), relative to `asOf`: in 法制工作委员会党支部 one
 * ordinary member missed the last 4 closed months' organizational life (a warning), in 预算工作委员会党支部 one missed 7
 * (unmet, with an admonition talk and two assigned works, one done, one overdue); a member of 办公厅第二党支部
 * transferred to 预算工作委员会党支部 last month, received, the 回执 still pending; a member transferred in from outside
 * this year (to 法制工作委员会党支部). Attendance is changed for those two people only, after the meetings were generated.
 */
export async function loadDemoLapse(trx: Kysely<DB>, organId: string, asOf: string): Promise<void> {
  const branches = await trx.selectFrom('branches').select(['id', 'full_name', 'short_name']).where('organ_id', '=', organId).where('status', '=', 'active').orderBy('full_name').execute();
  if (branches.length < 2) return;
  // branches that already carry the demo's deliberate gaps (demo/meetings.ts), so the others stay clean
  const named = (short: string, fallback: number) => branches.find((b) => b.short_name === short) ?? branches[fallback % branches.length]!;
  const b1 = named('法制工作委员会党支部', 0);
  const b2 = named('预算工作委员会党支部', 1);
  const b3 = named('办公厅第二党支部', 2);
  const longAgo = addDays(asOf, -420);
  // ordinary full members of a branch for over a year: no committee seat, no group lead
  const ordinary = async (branchId: string) =>
    (
      await sql<{ person_id: string; name: string; membership_id: string }>`
      select p.id as person_id, p.name, bm.id as membership_id from branch_memberships bm join persons p on p.id = bm.person_id
      where bm.branch_id = ${branchId} and p.category = 'full' and p.status = 'active' and bm.start_on <= ${longAgo}::date and bm.end_on is null
        and not exists (select 1 from committee_members cm where cm.person_id = p.id and cm.end_on is null)
        and not exists (select 1 from party_groups g where g.leader_person_id = p.id)
      order by p.name_pinyin`.execute(trx)
    ).rows;
  const secretaryOf = async (branchId: string) =>
    (
      await sql<{ person_id: string }>`select cm.person_id from committee_members cm join committees c on c.id = cm.committee_id
      where c.branch_id = ${branchId} and c.ended_on is null and cm.end_on is null and cm.role = 'secretary' limit 1`.execute(trx)
    ).rows[0]?.person_id ?? null;
  const [o1, o2, o3] = await Promise.all([ordinary(b1.id), ordinary(b2.id), ordinary(b3.id)]);
  const warned = o1[0];
  const lapsed = o2[0];
  const last = lastClosedMonth(asOf);
  // no attendance from the first of the run's first month up to today: 4 closed months (warning) and 7 (unmet)
  const absentSince = async (personId: string, months: number) => {
    const from = `${addMonthsTo(last, -(months - 1))}-01`;
    await sql`update meeting_attendance a set status = 'absent', reason = null from meetings m
      where m.id = a.meeting_id and a.person_id = ${personId} and m.held_on >= ${from}::date and m.held_on <= ${asOf}::date`.execute(trx);
  };
  if (warned) await absentSince(warned.person_id, 4);
  if (lapsed) {
    await absentSince(lapsed.person_id, 7);
    const talker = await secretaryOf(b2.id);
    if (talker && talker !== lapsed.person_id) {
      await trx
        .insertInto('talks')
        .values({
          id: randomUUID(),
          organ_id: organId,
          branch_id: b2.id,
          kind: 'admonition',
          purpose: 'reminder',
          form: 'inPerson',
          talked_on: addDays(asOf, -10),
          place: '支部活动室',
          talker_person_id: talker,
          talkee_person_id: lapsed.person_id,
          topics: '了解连续未参加组织生活的原因，重申党员义务，提出限期改正要求。',
          reason: '连续多个月无正当理由未参加党的组织生活',
          commitments: '今后按时参加支部组织生活，下月起主动交流思想情况。',
          follow_up_on: addDays(asOf, 20),
          outcome: null,
        })
        .execute();
    }
    const assigned = addDays(asOf, -150);
    await trx
      .insertInto('work_assignments')
      .values([
        { id: randomUUID(), branch_id: b2.id, person_id: lapsed.person_id, title: '联系帮扶社区困难群众', assigned_on: assigned, due_on: addDays(assigned, 60), done_on: null, note: null },
        { id: randomUUID(), branch_id: b2.id, person_id: o2[1]?.person_id ?? lapsed.person_id, title: '整理支部学习资料', assigned_on: assigned, due_on: addDays(assigned, 30), done_on: addDays(assigned, 25), note: null },
      ])
      .execute();
  }

  // a transfer out of the third branch to the first (法制), last month: received, 回执 pending. Not into 预算: the
  // browser test of the 换届选举 counts that branch's seven voters.
  const mover = o3.find((p) => p.person_id !== warned?.person_id && p.person_id !== lapsed?.person_id);
  if (mover && b3.id !== b1.id) {
    const issued = `${addMonthsTo(asOf.slice(0, 7), -1)}-25`;
    const dayBefore = addDays(issued, -1);
    await trx.updateTable('branch_memberships').set({ end_on: dayBefore }).where('id', '=', mover.membership_id).execute();
    await trx.updateTable('group_memberships').set({ end_on: dayBefore }).where('person_id', '=', mover.person_id).where('end_on', 'is', null).execute();
    await trx.insertInto('branch_memberships').values({ id: randomUUID(), person_id: mover.person_id, branch_id: b1.id, start_on: issued, end_on: null }).execute();
    const paid = await trx.selectFrom('dues_payments').select((eb) => eb.fn.max('month').as('m')).where('person_id', '=', mover.person_id).where('kind', '=', 'monthly').executeTakeFirst();
    // received a few days ago: the 回执 is due within 30 days of receipt and still pending
    const received = addDays(asOf, -12) >= issued ? addDays(asOf, -12) : null;
    await trx
      .insertInto('transfers')
      .values({
        id: randomUUID(),
        organ_id: organId,
        branch_id: b3.id,
        person_id: mover.person_id,
        direction: 'out',
        kind: 'formal',
        letter_no: `${asOf.slice(0, 4)}-0${branches.length}`,
        issued_on: issued,
        valid_days: 30,
        other_branch_id: b1.id,
        dues_paid_to: (paid?.m as string | null | undefined) ?? null,
        effective_on: issued,
        received_on: received,
        status: received ? 'received' : 'issued',
      })
      .execute();
  }

  // a member transferred in from outside this year, on the roster of the first branch since the effective date
  const y = Number(asOf.slice(0, 4));
  const effective = `${y}-03-10` < asOf ? `${y}-03-10` : addDays(asOf, -5);
  const issuedIn = addDays(effective, -7);
  const first17 = '33010619880412031';
  const idNumber = first17 + idCheckChar(first17);
  const dup = await trx.selectFrom('persons').select('id').where('organ_id', '=', organId).where('id_number', '=', idNumber).executeTakeFirst();
  if (!dup) {
    const personId = randomUUID();
    const name = '欧阳晓晴';
    const keys = nameSearchKeys(name);
    await trx
      .insertInto('persons')
      .values({ id: personId, organ_id: organId, name, gender: 'male', ethnicity: '汉', birth_date: '1988-04-12', id_number: idNumber, education: '大学本科', category: 'full', joined_on: '2012-06-20', confirmed_on: '2013-06-20', job_post: '科员', phone: '13900001111', name_initials: keys.initials, name_pinyin: keys.full })
      .execute();
    await trx.insertInto('branch_memberships').values({ id: randomUUID(), person_id: personId, branch_id: b1.id, start_on: effective, end_on: null }).execute();
    // since then she takes part in the branch's meetings and pays her dues like everyone else
    await sql`insert into meeting_attendance (meeting_id, person_id, status, reason, guest)
      select m.id, ${personId}::uuid, 'present', null, false from meetings m
      where m.branch_id = ${b1.id} and m.status = 'held' and m.group_id is null and m.held_on >= ${effective}::date and m.held_on <= ${asOf}::date
      on conflict do nothing`.execute(trx);
    const paidMonths: string[] = [];
    for (let m = addMonthsTo(effective.slice(0, 7), 0); m <= last; m = addMonthsTo(m, 1)) paidMonths.push(m);
    if (paidMonths.length > 0) {
      await trx
        .insertInto('dues_payments')
        // early in the month, before the 主题党日 (LIFE-5 reads who had paid by the meeting day); 1% of a 5,000.00 base
        .values(paidMonths.map((month) => {
          const day = `${month}-01` < effective ? effective : `${month}-01`;
          return { id: randomUUID(), organ_id: organId, branch_id: b1.id, person_id: personId, kind: 'monthly' as const, month, due_fen: 5000, amount_fen: 5000, paid_on: day <= asOf ? day : asOf, method: 'online' as const };
        }))
        .execute();
      await trx.insertInto('dues_bases').values({ id: randomUUID(), person_id: personId, from_month: effective.slice(0, 7), dues_category: 'onJob', base_fen: 500000, fixed_fen: null, note: '转入时核定' }).execute();
    }
    await trx
      .insertInto('transfers')
      .values({
        id: randomUUID(),
        organ_id: organId,
        branch_id: b1.id,
        person_id: personId,
        direction: 'in',
        kind: 'formal',
        letter_no: `杭西组${y}-018`,
        issued_on: issuedIn,
        valid_days: 30,
        other_org: '中共杭州市西湖区某街道工作委员会',
        dues_paid_to: `${y}-02`,
        effective_on: effective,
        received_on: effective,
        receipt_returned_on: addDays(effective, 2) <= asOf ? addDays(effective, 2) : null,
        status: addDays(effective, 2) <= asOf ? 'completed' : 'received',
      })
      .execute();
  }
}
