import { randomUUID } from 'node:crypto';
import { advanceProblems, gradeProblems, tallyProblems } from '@zhibu/domain';
import type { Appraisal } from '@zhibu/schemas';
import type { z } from 'zod';
import type { ZAdvanceInput, ZAppraisalStart, ZAppraisalUpdate, ZGradesInput, ZPeerReviewInput, ZSelfReviewInput, ZTalliesInput } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import { findBranchOfOrgan, isPartyMemberOf } from '../meetings/repository.js';
import { canManage, LEAD_ONLY, loadAppraisal, readsAll } from './access.js';
import { presentAppraisal, presentListItem, stateOf } from './presenter.js';
import { appraisalsOfBranch, appraisalsWithMember, findMeetingOf, membersOf, partyMembersOn, votersOf, type AppraisalRow } from './repository.js';

/** 民主评议党员 (LIFE-9, issue 5 §7): start, the four steps in order, tallies and 组织评定. The online ballot: ballot.ts. */
type Db = Ctx['db'];
type Step = AppraisalRow['step'];
const STEP_NAME: Record<Step, string> = { selfReview: '个人自评', peerReview: '党员互评', ballot: '民主测评', grading: '组织评定', done: '已完成' };

/** Refuses a write out of its step, or to the appraisal of a dissolved branch. */
export function assertStep(a: AppraisalRow, step: Step, what: string): void {
  if (a.branch_status !== 'active') throw invalid('已撤销的党支部不能修改民主评议');
  if (a.step !== step) throw invalid(`${what}只能在「${STEP_NAME[step]}」步骤进行，当前为「${STEP_NAME[a.step]}」`);
}

/** A date of the appraisal: not before it started, not after today. */
function assertDate(ctx: Ctx, a: { started_on: string }, on: string, label: string): void {
  if (on < a.started_on) throw invalid(`${label}（${on}）不能早于民主评议开始日期（${a.started_on}）`);
  if (on > ctx.today) throw invalid(`${label}（${on}）不能晚于今天（${ctx.today}）`);
}

/** The meeting the 互评 and 测评 take place at: a 民主评议党员大会, 党员大会 or 组织生活会 of the branch, not cancelled. */
async function checkMeeting(db: Db, branchId: string, meetingId: string | null | undefined): Promise<void> {
  if (!meetingId) return;
  const m = await findMeetingOf(db, branchId, meetingId);
  if (!m) throw invalid('所选会议不是本支部的会议');
  if (!['appraisalMeeting', 'assembly', 'lifeMeeting'].includes(m.kind)) throw invalid('民主评议须在民主评议党员大会、支部党员大会或组织生活会上进行，所选会议类型不符');
  if (m.status === 'cancelled') throw invalid('所选会议已取消');
}

export async function listAppraisals(ctx: Ctx, branchId: string, year?: number) {
  const b = await findBranchOfOrgan(ctx.db, ctx.viewer.organId, branchId);
  if (!b) throw notFound('党支部');
  const rows = await appraisalsOfBranch(ctx.db, branchId, year);
  if (readsAll(ctx.viewer, branchId)) return rows.map(presentListItem);
  // a member sees the appraisals they take part in
  const own = await appraisalsWithMember(ctx.db, ctx.viewer.personId, rows.map((r) => r.id));
  return rows.filter((r) => own.has(r.id)).map(presentListItem);
}

export async function getAppraisal(ctx: Ctx, id: string, db: Db = ctx.db): Promise<Appraisal> {
  const { a, reach } = await loadAppraisal(ctx, db, id);
  const [members, voters] = await Promise.all([membersOf(db, id), votersOf(db, id, ctx.viewer.personId)]);
  return presentAppraisal(a, members, { reach, personId: ctx.viewer.personId, manage: canManage(ctx.viewer, a.branch_id), voted: voters.count, hasVoted: voters.hasVoted });
}

/** Starts the year's appraisal: the branch's 党员 on the start date, 正式党员 graded, 预备党员 taking part ungraded. */
export async function startAppraisal(ctx: Ctx, branchId: string, input: z.infer<typeof ZAppraisalStart>): Promise<Appraisal> {
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const b = await findBranchOfOrgan(trx, ctx.viewer.organId, branchId);
    if (!b) throw notFound('党支部');
    if (!canManage(ctx.viewer, branchId)) {
      const insider = readsAll(ctx.viewer, branchId) || (await isPartyMemberOf(trx, ctx.viewer.personId, branchId, ctx.today));
      throw insider ? forbidden(LEAD_ONLY) : notFound('党支部');
    }
    if (b.status !== 'active') throw invalid('已撤销的党支部不能开展民主评议');
    const y = Number(input.startedOn.slice(0, 4));
    if (y !== input.year && y !== input.year + 1) throw invalid(`${input.year}年度的民主评议应在${input.year}年或${input.year + 1}年初开展，开始日期为${input.startedOn}`);
    if (input.startedOn > ctx.today) throw invalid(`开始日期（${input.startedOn}）不能晚于今天（${ctx.today}）`);
    const dup = await trx.selectFrom('appraisals').select('id').where('branch_id', '=', branchId).where('year', '=', input.year).executeTakeFirst();
    if (dup) throw new AppError('CONFLICT', `本支部${input.year}年度的民主评议已经开始，不能重复开展`);
    await checkMeeting(trx, branchId, input.meetingId);
    const roster = [...new Map((await partyMembersOn(trx, branchId, input.startedOn)).map((p) => [p.id, p])).values()];
    if (roster.length === 0) throw invalid(`本支部在${input.startedOn}没有在册党员，不能开展民主评议`);
    const row = { id, organ_id: ctx.viewer.organId, branch_id: branchId, year: input.year, started_on: input.startedOn, meeting_id: input.meetingId ?? null, ballot_mode: input.ballotMode ?? 'paper' };
    await trx.insertInto('appraisals').values(row).execute();
    const members = roster.map((p) => ({ appraisal_id: id, person_id: p.id, graded: p.category === 'full' }));
    await trx.insertInto('appraisal_members').values(members).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'appraisal.started', entityType: 'appraisal', entityId: id, after: { ...row, members: members.map((m) => ({ person_id: m.person_id, graded: m.graded })) } });
  });
  return getAppraisal(ctx, id);
}

/** The meeting and the ballot mode, until the ballot starts. */
export async function updateAppraisal(ctx: Ctx, id: string, patch: z.infer<typeof ZAppraisalUpdate>): Promise<Appraisal> {
  await ctx.db.transaction().execute(async (trx) => {
    const { a } = await loadAppraisal(ctx, trx, id, 'lead');
    if (a.branch_status !== 'active') throw invalid('已撤销的党支部不能修改民主评议');
    if (a.step !== 'selfReview' && a.step !== 'peerReview') throw invalid('民主测评开始后不能再更改会议和测评方式');
    await checkMeeting(trx, a.branch_id, patch.meetingId);
    const before = { meeting_id: a.meeting_id, ballot_mode: a.ballot_mode };
    const after = { meeting_id: patch.meetingId === undefined ? a.meeting_id : patch.meetingId, ballot_mode: patch.ballotMode ?? a.ballot_mode };
    await trx.updateTable('appraisals').set(after).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'appraisal.updated', entityType: 'appraisal', entityId: id, before, after });
  });
  return getAppraisal(ctx, id);
}

/** 个人自评: the member in their own login, or a lead entering it for them (selfReviewBy 'committee'). */
export async function putSelfReview(ctx: Ctx, id: string, personId: string, input: z.infer<typeof ZSelfReviewInput>): Promise<Appraisal> {
  await ctx.db.transaction().execute(async (trx) => {
    const { a, reach } = await loadAppraisal(ctx, trx, id);
    const self = ctx.viewer.personId === personId;
    if (!self && !canManage(ctx.viewer, a.branch_id)) throw reach === 'full' ? forbidden(LEAD_ONLY) : forbidden('只能填写本人的个人自评');
    const m = await trx.selectFrom('appraisal_members').selectAll().where('appraisal_id', '=', id).where('person_id', '=', personId).executeTakeFirst();
    if (!m) throw invalid('该人员不在本次民主评议名单内');
    assertStep(a, 'selfReview', '个人自评');
    const on = input.on ?? ctx.today;
    assertDate(ctx, a, on, '自评日期');
    const after = { self_review: input.text, self_review_on: on, self_review_by: self ? ('self' as const) : ('committee' as const) };
    await trx.updateTable('appraisal_members').set(after).where('appraisal_id', '=', id).where('person_id', '=', personId).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'appraisal.selfReview',
      entityType: 'appraisal',
      entityId: id,
      before: { person_id: personId, self_review: m.self_review, self_review_on: m.self_review_on, self_review_by: m.self_review_by },
      after: { person_id: personId, ...after },
    });
  });
  return getAppraisal(ctx, id);
}

/** 党员互评: the date it took place and, per member, a summary of the opinions given (members left out keep theirs). */
export async function putPeerReviews(ctx: Ctx, id: string, input: z.infer<typeof ZPeerReviewInput>): Promise<Appraisal> {
  await ctx.db.transaction().execute(async (trx) => {
    const { a } = await loadAppraisal(ctx, trx, id, 'lead');
    assertStep(a, 'peerReview', '党员互评');
    assertDate(ctx, a, input.on, '互评日期');
    const members = await membersOf(trx, id);
    const byId = new Map(members.map((m) => [m.person_id, m]));
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const e of input.entries) {
      const m = byId.get(e.personId);
      if (!m) problems.push('互评意见中有不在本次评议名单内的人员');
      else if (seen.has(e.personId)) problems.push(`${m.name}的互评意见重复`);
      seen.add(e.personId);
    }
    if (problems.length) throw invalid(problems.join('；'), { problems });
    for (const e of input.entries) await trx.updateTable('appraisal_members').set({ peer_review: e.text }).where('appraisal_id', '=', id).where('person_id', '=', e.personId).execute();
    await trx.updateTable('appraisals').set({ peer_reviewed_on: input.on }).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'appraisal.peerReviews',
      entityType: 'appraisal',
      entityId: id,
      before: { peer_reviewed_on: a.peer_reviewed_on, entries: input.entries.map((e) => ({ person_id: e.personId, peer_review: byId.get(e.personId)!.peer_review })) },
      after: { peer_reviewed_on: input.on, entries: input.entries.map((e) => ({ person_id: e.personId, peer_review: e.text })) },
    });
  });
  return getAppraisal(ctx, id);
}

/** Moves to the next step, never skipping one nor going back, and only when nothing blocks it. */
export async function advanceAppraisal(ctx: Ctx, id: string, input: z.infer<typeof ZAdvanceInput>): Promise<Appraisal> {
  await ctx.db.transaction().execute(async (trx) => {
    const { a } = await loadAppraisal(ctx, trx, id, 'lead');
    if (a.branch_status !== 'active') throw invalid('已撤销的党支部不能修改民主评议');
    const problems = advanceProblems(stateOf(a, await membersOf(trx, id)), input.to);
    if (problems.length) throw invalid(`不能进入「${STEP_NAME[input.to]}」：${problems.join('；')}`, { problems });
    await trx.updateTable('appraisals').set({ step: input.to }).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'appraisal.advanced', entityType: 'appraisal', entityId: id, before: { step: a.step }, after: { step: input.to } });
  });
  return getAppraisal(ctx, id);
}

/** Paper ballots counted: 发出, 收回 and every graded member's four counts, all or nothing. */
export async function putTallies(ctx: Ctx, id: string, input: z.infer<typeof ZTalliesInput>): Promise<Appraisal> {
  await ctx.db.transaction().execute(async (trx) => {
    const { a } = await loadAppraisal(ctx, trx, id, 'lead');
    assertStep(a, 'ballot', '录入民主测评计票结果');
    if (a.ballot_mode !== 'paper') throw invalid('本次民主测评为线上无记名测评，计票结果由投票自动累计，不能手工录入');
    assertDate(ctx, a, input.on, '测评日期');
    if (a.peer_reviewed_on && input.on < a.peer_reviewed_on) throw invalid(`测评日期（${input.on}）不能早于互评日期（${a.peer_reviewed_on}）`);
    const members = await membersOf(trx, id);
    const problems = tallyProblems(input, stateOf(a, members).members);
    if (problems.length) throw invalid(`计票结果有误，未保存：${problems.join('；')}`, { problems });
    const byId = new Map(input.entries.map((e) => [e.personId, e]));
    for (const m of members) {
      const e = byId.get(m.person_id);
      await trx
        .updateTable('appraisal_members')
        .set({ tally_excellent: e?.excellent ?? 0, tally_qualified: e?.qualified ?? 0, tally_basic: e?.basic ?? 0, tally_unqualified: e?.unqualified ?? 0 })
        .where('appraisal_id', '=', id)
        .where('person_id', '=', m.person_id)
        .execute();
    }
    const after = { ballots_issued: input.ballotsIssued, ballots_returned: input.ballotsReturned, balloted_on: input.on };
    await trx.updateTable('appraisals').set(after).where('id', '=', id).execute();
    const talliesOf = (rows: { person_id: string; e: number; q: number; b: number; u: number }[]) => rows.map((r) => ({ person_id: r.person_id, excellent: r.e, qualified: r.q, basic: r.b, unqualified: r.u }));
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'appraisal.tallies',
      entityType: 'appraisal',
      entityId: id,
      before: { ballots_issued: a.ballots_issued, ballots_returned: a.ballots_returned, balloted_on: a.balloted_on, tallies: talliesOf(members.map((m) => ({ person_id: m.person_id, e: m.tally_excellent, q: m.tally_qualified, b: m.tally_basic, u: m.tally_unqualified }))) },
      after: { ...after, tallies: input.entries },
    });
  });
  return getAppraisal(ctx, id);
}

/** 组织评定: a grade (with a note and the day it was fed back) for the graded members; 优秀 within its share. */
export async function putGrades(ctx: Ctx, id: string, input: z.infer<typeof ZGradesInput>): Promise<Appraisal> {
  await ctx.db.transaction().execute(async (trx) => {
    const { a } = await loadAppraisal(ctx, trx, id, 'lead');
    assertStep(a, 'grading', '组织评定');
    assertDate(ctx, a, input.gradedOn, '评定日期');
    if (a.balloted_on && input.gradedOn < a.balloted_on) throw invalid(`评定日期（${input.gradedOn}）不能早于测评日期（${a.balloted_on}）`);
    const members = await membersOf(trx, id);
    const problems = gradeProblems(input.entries, stateOf(a, members).members);
    for (const e of input.entries) {
      if (e.feedbackOn && e.feedbackOn < input.gradedOn) problems.push(`反馈日期（${e.feedbackOn}）不能早于评定日期（${input.gradedOn}）`);
      if (e.feedbackOn && e.feedbackOn > ctx.today) problems.push(`反馈日期（${e.feedbackOn}）不能晚于今天`);
    }
    if (problems.length) throw invalid(`评定结果未保存：${problems.join('；')}`, { problems });
    const byId = new Map(members.map((m) => [m.person_id, m]));
    for (const e of input.entries) {
      const m = byId.get(e.personId)!;
      await trx
        .updateTable('appraisal_members')
        .set({ grade: e.grade, grade_note: e.note ?? null, feedback_on: e.feedbackOn === undefined ? m.feedback_on : e.feedbackOn })
        .where('appraisal_id', '=', id)
        .where('person_id', '=', e.personId)
        .execute();
    }
    await trx.updateTable('appraisals').set({ graded_on: input.gradedOn }).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'appraisal.grades',
      entityType: 'appraisal',
      entityId: id,
      before: { graded_on: a.graded_on, entries: input.entries.map((e) => ({ person_id: e.personId, grade: byId.get(e.personId)!.grade, grade_note: byId.get(e.personId)!.grade_note })) },
      after: { graded_on: input.gradedOn, entries: input.entries.map((e) => ({ person_id: e.personId, grade: e.grade, grade_note: e.note ?? null, feedback_on: e.feedbackOn ?? null })) },
    });
  });
  return getAppraisal(ctx, id);
}
