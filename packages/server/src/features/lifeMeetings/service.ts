import { randomUUID } from 'node:crypto';
import { rectificationSummary } from '@zhibu/domain';
import type { LifeMeetingDossier, ZCriticismInput, ZLifeMeetingPreparationInput, ZSelfInspectionInput } from '@zhibu/schemas';
import type { z } from 'zod';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { invalid, notFound } from '../../errors.js';
import { canWriteMeeting } from '../meetings/access.js';
import { isPartyMemberOf, personsOf, type MeetingRow } from '../meetings/repository.js';
import { canSeeTalk } from '../talks/access.js';
import { committeeSeats, seatedOn, talksOf } from '../talks/repository.js';
import { presentTalks } from '../talks/service.js';
import { assertMeetingBookOpen, loadLifeMeeting } from './access.js';
import { presentCriticism, presentRectification, presentSelfInspection } from './presenter.js';
import { attachmentCounts, criticismsOf, findCriticism, findPreparation, findSelfInspection, rectificationsOfMeeting, selfInspectionsOf } from './repository.js';

/** 组织生活会 (issue 5 §6, LIFE-7): the dossier of its three parts, the preparation, 对照检查材料 and 相互批评意见. */
type Db = Ctx['db'];

/** The committee on the meeting's date (direct posts for a branch without a committee record), one line a person. */
async function committeeOn(db: Db, m: MeetingRow) {
  const seats = (await committeeSeats(db, m.branch_id, m.held_on, m.held_on)).filter((s) => seatedOn(s, m.held_on));
  return [...new Map(seats.map((s) => [s.personId, { id: s.personId, name: s.name }])).values()];
}

export async function getDossier(ctx: Ctx, meetingId: string): Promise<LifeMeetingDossier> {
  const m = await loadLifeMeeting(ctx, ctx.db, meetingId);
  const db = ctx.db;
  const [prep, inspections, criticisms, rectifications, talks, committee] = await Promise.all([
    findPreparation(db, m.id),
    selfInspectionsOf(db, m.id),
    criticismsOf(db, m.id),
    rectificationsOfMeeting(db, m.id),
    talksOf(db, { branchId: m.branch_id, lifeMeetingId: m.id }),
    committeeOn(db, m),
  ]);
  const [inspectionFiles, rectificationFiles, shownTalks] = await Promise.all([
    attachmentCounts(db, 'selfInspection', inspections.map((s) => s.id)),
    attachmentCounts(db, 'rectification', rectifications.map((r) => r.id)),
    presentTalks(ctx, db, talks.filter((t) => canSeeTalk(ctx.viewer, t))),
  ]);
  const seated = new Set(committee.map((c) => c.id));
  const written = new Set(inspections.map((s) => s.person_id));
  // the committee's 对照检查材料 first, then those of other members who wrote one
  const ordered = [...inspections.filter((s) => seated.has(s.person_id)), ...inspections.filter((s) => !seated.has(s.person_id))];
  const { summary, complete } = rectificationSummary(rectifications, ctx.today);
  return {
    meetingId: m.id,
    branchId: m.branch_id,
    branchName: m.branch_name,
    heldOn: m.held_on,
    meetingStatus: m.status,
    preparation: {
      theme: prep?.theme ?? null,
      opinionsCollectedOn: prep?.opinions_collected_on ?? null,
      opinionCount: prep?.opinion_count ?? null,
      opinionsSummary: prep?.opinions_summary ?? null,
      reportedOn: prep?.reported_on ?? null,
    },
    talks: shownTalks,
    selfInspections: ordered.map((s) => presentSelfInspection(s, inspectionFiles)),
    missingSelfInspections: committee.filter((c) => !written.has(c.id)),
    criticisms: criticisms.map(presentCriticism),
    rectifications: rectifications.map((r) => presentRectification(r, rectificationFiles, ctx.today)),
    summary,
    complete,
    abilities: { edit: canWriteMeeting(ctx.viewer, m.branch_id, m.kind, m.group_id) && m.branch_status === 'active' && m.status !== 'cancelled' },
  };
}

export async function putPreparation(ctx: Ctx, meetingId: string, input: z.infer<typeof ZLifeMeetingPreparationInput>): Promise<LifeMeetingDossier> {
  await ctx.db.transaction().execute(async (trx) => {
    const m = await loadLifeMeeting(ctx, trx, meetingId, 'write');
    await assertMeetingBookOpen(trx, m);
    const row = {
      theme: input.theme ?? null,
      opinions_collected_on: input.opinionsCollectedOn ?? null,
      opinion_count: input.opinionCount ?? null,
      opinions_summary: input.opinionsSummary ?? null,
      reported_on: input.reportedOn ?? null,
    };
    const problems: string[] = [];
    if (row.opinions_collected_on && row.opinions_collected_on > ctx.today) problems.push(`征求意见日期（${row.opinions_collected_on}）晚于今天`);
    if (row.reported_on && row.reported_on > ctx.today) problems.push(`向上级报告日期（${row.reported_on}）晚于今天`);
    if (problems.length) throw invalid(problems.join('；'), { problems });
    const before = await findPreparation(trx, m.id);
    await trx
      .insertInto('life_meeting_preparations')
      .values({ meeting_id: m.id, ...row })
      .onConflict((oc) => oc.column('meeting_id').doUpdateSet(row))
      .execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'lifeMeeting.prepared', entityType: 'meeting', entityId: m.id, before: before ?? null, after: row });
  });
  return getDossier(ctx, meetingId);
}

/** A 党员 of the branch on the meeting's date or a member of its committee then; the problem, if not. */
async function participantProblem(ctx: Ctx, db: Db, m: MeetingRow, personId: string, label: string): Promise<string | null> {
  const p = (await personsOf(db, ctx.viewer.organId, [personId])).get(personId);
  if (!p) return `${label}不是本机关的人员`;
  if (await isPartyMemberOf(db, personId, m.branch_id, m.held_on)) return null;
  if ((await committeeOn(db, m)).some((c) => c.id === personId)) return null;
  return `${p.name}不是本支部在${m.held_on}的党员，不能作为${label}`;
}

const throwIf = (problems: (string | null)[]) => {
  const list = problems.filter((x): x is string => !!x);
  if (list.length) throw invalid(list.join('；'), { problems: list });
};

export async function addSelfInspection(ctx: Ctx, meetingId: string, input: z.infer<typeof ZSelfInspectionInput>): Promise<LifeMeetingDossier> {
  await ctx.db.transaction().execute(async (trx) => {
    const m = await loadLifeMeeting(ctx, trx, meetingId, 'write');
    await assertMeetingBookOpen(trx, m);
    throwIf([
      await participantProblem(ctx, trx, m, input.personId, '对照检查人'),
      input.submittedOn && input.submittedOn > ctx.today ? `提交日期（${input.submittedOn}）晚于今天` : null,
    ]);
    const dup = await trx.selectFrom('self_inspections').select('id').where('meeting_id', '=', m.id).where('person_id', '=', input.personId).executeTakeFirst();
    if (dup) throw invalid('该同志的对照检查材料已登记，请在原记录上修改');
    const row = { id: randomUUID(), meeting_id: m.id, person_id: input.personId, submitted_on: input.submittedOn ?? null, summary: input.summary ?? null };
    await trx.insertInto('self_inspections').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'selfInspection.recorded', entityType: 'selfInspection', entityId: row.id, after: row });
  });
  return getDossier(ctx, meetingId);
}

async function loadInspection(ctx: Ctx, db: Db, id: string) {
  const s = await findSelfInspection(db, id);
  if (!s) throw notFound('对照检查材料');
  const m = await loadLifeMeeting(ctx, db, s.meeting_id, 'write');
  await assertMeetingBookOpen(db, m);
  return s;
}

export async function updateSelfInspection(ctx: Ctx, id: string, patch: { submittedOn?: string | null | undefined; summary?: string | null | undefined }): Promise<LifeMeetingDossier> {
  const meetingId = await ctx.db.transaction().execute(async (trx) => {
    const s = await loadInspection(ctx, trx, id);
    const after = {
      submitted_on: patch.submittedOn === undefined ? s.submitted_on : patch.submittedOn,
      summary: patch.summary === undefined ? s.summary : patch.summary,
    };
    if (after.submitted_on && after.submitted_on > ctx.today) throw invalid(`提交日期（${after.submitted_on}）晚于今天`);
    await trx.updateTable('self_inspections').set(after).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'selfInspection.updated', entityType: 'selfInspection', entityId: id, before: { submitted_on: s.submitted_on, summary: s.summary }, after });
    return s.meeting_id;
  });
  return getDossier(ctx, meetingId);
}

export async function deleteSelfInspection(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const s = await loadInspection(ctx, trx, id);
    if ((await attachmentCounts(trx, 'selfInspection', [id])).get(id)) throw invalid('请先删除对照检查材料的附件');
    await trx.deleteFrom('self_inspections').where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'selfInspection.deleted', entityType: 'selfInspection', entityId: id, before: { meeting_id: s.meeting_id, person_id: s.person_id, summary: s.summary } });
  });
}

export async function addCriticism(ctx: Ctx, meetingId: string, input: z.infer<typeof ZCriticismInput>): Promise<LifeMeetingDossier> {
  await ctx.db.transaction().execute(async (trx) => {
    const m = await loadLifeMeeting(ctx, trx, meetingId, 'write');
    await assertMeetingBookOpen(trx, m);
    throwIf([
      input.targetPersonId === input.criticPersonId ? '被批评人和批评人不能是同一人（自我批评请写入对照检查材料）' : null,
      await participantProblem(ctx, trx, m, input.targetPersonId, '被批评人'),
      await participantProblem(ctx, trx, m, input.criticPersonId, '批评人'),
    ]);
    const row = { id: randomUUID(), meeting_id: m.id, target_person_id: input.targetPersonId, critic_person_id: input.criticPersonId, opinion: input.opinion, response: input.response ?? null };
    await trx.insertInto('criticisms').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'criticism.recorded', entityType: 'criticism', entityId: row.id, after: row });
  });
  return getDossier(ctx, meetingId);
}

async function loadCriticism(ctx: Ctx, db: Db, id: string) {
  const c = await findCriticism(db, id);
  if (!c) throw notFound('批评意见');
  const m = await loadLifeMeeting(ctx, db, c.meeting_id, 'write');
  await assertMeetingBookOpen(db, m);
  return { c, m };
}

/** Corrects who criticised whom and the opinion, or records the answer (表态). */
export async function updateCriticism(ctx: Ctx, id: string, patch: Partial<z.infer<typeof ZCriticismInput>>): Promise<LifeMeetingDossier> {
  const meetingId = await ctx.db.transaction().execute(async (trx) => {
    const { c, m } = await loadCriticism(ctx, trx, id);
    const before = { target_person_id: c.target_person_id, critic_person_id: c.critic_person_id, opinion: c.opinion, response: c.response };
    const after = {
      target_person_id: patch.targetPersonId ?? c.target_person_id,
      critic_person_id: patch.criticPersonId ?? c.critic_person_id,
      opinion: patch.opinion ?? c.opinion,
      response: patch.response === undefined ? c.response : patch.response,
    };
    throwIf([
      after.target_person_id === after.critic_person_id ? '被批评人和批评人不能是同一人（自我批评请写入对照检查材料）' : null,
      after.target_person_id !== c.target_person_id ? await participantProblem(ctx, trx, m, after.target_person_id, '被批评人') : null,
      after.critic_person_id !== c.critic_person_id ? await participantProblem(ctx, trx, m, after.critic_person_id, '批评人') : null,
    ]);
    await trx.updateTable('criticisms').set(after).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'criticism.updated', entityType: 'criticism', entityId: id, before, after });
    return c.meeting_id;
  });
  return getDossier(ctx, meetingId);
}

export async function deleteCriticism(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const { c } = await loadCriticism(ctx, trx, id);
    await trx.deleteFrom('criticisms').where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'criticism.deleted',
      entityType: 'criticism',
      entityId: id,
      before: { meeting_id: c.meeting_id, target_person_id: c.target_person_id, critic_person_id: c.critic_person_id, opinion: c.opinion, response: c.response },
    });
  });
}
