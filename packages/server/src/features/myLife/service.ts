import { yearOf } from '@zhibu/domain';
import type { MyLife } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';

/**
 * 我的 组织生活 (issue 5 §10): a member's own meetings of the year (those they are on the attendance list of, and
 * the planned meetings of their branch and group), their attendance, their talks, and what they owe — a self-review,
 * an online ballot, their yearly 党员汇报. Only the viewer's own records: no scope check beyond being signed in.
 */
export async function myLife(ctx: Ctx, year = yearOf(ctx.today)): Promise<MyLife> {
  const me = ctx.viewer.personId;
  const empty: MyLife = { year, meetings: [], counts: { present: 0, onLeave: 0, absent: 0 }, talks: [], owes: [] };
  if (!me) return empty;
  const db = ctx.db;
  const [from, to] = [`${year}-01-01`, `${year}-12-31`];
  const [branches, groups, person] = await Promise.all([
    db.selectFrom('branch_memberships').select('branch_id').where('person_id', '=', me).where('start_on', '<=', to).where((eb) => eb.or([eb('end_on', 'is', null), eb('end_on', '>=', from)])).execute(),
    db.selectFrom('group_memberships').select('group_id').where('person_id', '=', me).where('start_on', '<=', to).where((eb) => eb.or([eb('end_on', 'is', null), eb('end_on', '>=', from)])).execute(),
    db.selectFrom('persons').select('category').where('id', '=', me).executeTakeFirst(),
  ]);
  const branchIds = [...new Set(branches.map((b) => b.branch_id))];
  const groupIds = [...new Set(groups.map((g) => g.group_id))];
  const base = () =>
    db
      .selectFrom('meetings as m')
      .innerJoin('branches as b', 'b.id', 'm.branch_id')
      .leftJoin('party_groups as g', 'g.id', 'm.group_id')
      .select(['m.id', 'm.kind', 'm.held_on', 'm.title', 'm.topic', 'm.status', 'b.full_name as branch_name', 'g.name as group_name'])
      .where('m.organ_id', '=', ctx.viewer.organId)
      .where('m.held_on', '>=', from)
      .where('m.held_on', '<=', to);
  const [attended, planned, talks, appraisals, reports] = await Promise.all([
    base()
      .innerJoin('meeting_attendance as a', 'a.meeting_id', 'm.id')
      .select(['a.status as attendance', 'a.reason'])
      .where('a.person_id', '=', me)
      .execute(),
    branchIds.length
      ? base()
          .where('m.status', '=', 'planned')
          .where('m.branch_id', 'in', branchIds)
          .where((eb) => (groupIds.length ? eb.or([eb('m.kind', '!=', 'groupMeeting'), eb('m.group_id', 'in', groupIds)]) : eb('m.kind', '!=', 'groupMeeting')))
          .execute()
      : [],
    db
      .selectFrom('talks as t')
      .innerJoin('persons as a', 'a.id', 't.talker_person_id')
      .innerJoin('persons as b', 'b.id', 't.talkee_person_id')
      .select(['t.id', 't.talked_on', 't.purpose', 't.kind', 't.talker_person_id', 'a.name as talker', 'b.name as talkee'])
      .where((eb) => eb.or([eb('t.talker_person_id', '=', me), eb('t.talkee_person_id', '=', me)]))
      .where('t.talked_on', '>=', from)
      .where('t.talked_on', '<=', to)
      .orderBy('t.talked_on')
      .execute(),
    db
      .selectFrom('appraisals as ap')
      .innerJoin('appraisal_members as am', (j) => j.onRef('am.appraisal_id', '=', 'ap.id').on('am.person_id', '=', me))
      .leftJoin('appraisal_voters as v', (j) => j.onRef('v.appraisal_id', '=', 'ap.id').on('v.person_id', '=', me))
      .select(['ap.id', 'ap.year', 'ap.step', 'ap.ballot_mode', 'ap.ballot_open', 'am.self_review', 'am.graded', 'v.person_id as voted'])
      .where('ap.organ_id', '=', ctx.viewer.organId)
      .where('ap.year', '=', year)
      .execute(),
    db.selectFrom('member_reports').select('id').where('person_id', '=', me).where('year', '=', year).execute(),
  ]);
  const seen = new Set<string>();
  const meetings: MyLife['meetings'] = [];
  for (const m of [...attended, ...planned.map((p) => ({ ...p, attendance: null, reason: null }))]) {
    if (seen.has(m.id) || m.status === 'cancelled') continue;
    seen.add(m.id);
    meetings.push({
      id: m.id,
      kind: m.kind,
      heldOn: m.held_on,
      title: m.title ?? m.topic,
      branchName: m.branch_name,
      groupName: m.group_name,
      meetingStatus: m.status,
      attendance: m.status === 'held' ? m.attendance : null,
      reason: m.status === 'held' ? m.reason : null,
    });
  }
  meetings.sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const n = (s: string) => meetings.filter((m) => m.attendance === s).length;
  const owes: MyLife['owes'] = [];
  for (const a of appraisals) {
    if (a.step === 'selfReview') owes.push({ kind: 'selfReview', label: `${a.year} 年度民主评议党员：个人自评`, year: a.year, appraisalId: a.id, done: !!a.self_review });
    // only 正式党员 vote (预备党员 have no 表决权: the ballot refuses them)
    if (a.ballot_mode === 'online' && a.ballot_open && a.graded) owes.push({ kind: 'ballot', label: `${a.year} 年度民主评议党员：线上民主测评`, year: a.year, appraisalId: a.id, done: !!a.voted });
  }
  if (person && (person.category === 'full' || person.category === 'probationary')) {
    owes.push({ kind: 'memberReport', label: `${year} 年度向党组织汇报思想、工作和学习情况`, year, appraisalId: null, done: reports.length > 0 });
  }
  return {
    year,
    meetings,
    counts: { present: n('present'), onLeave: n('onLeave'), absent: n('absent') },
    talks: talks.map((t) => ({ id: t.id, talkedOn: t.talked_on, withName: t.talker_person_id === me ? t.talkee : t.talker, purpose: t.purpose, kind: t.kind })),
    owes,
  };
}
