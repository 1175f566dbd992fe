import { randomUUID } from 'node:crypto';
import { hoursOfTenths, STUDY_FORM_LABELS, STUDY_MEETING_KINDS, trainingProblems } from '@zhibu/domain';
import { MEETING_KIND_LABELS, type EducationOverview, type StudyRecords, type ZNotebookIssue, type ZNotebookUntick, type ZSecretaryTrainingInput, type ZStudyRecordInput } from '@zhibu/schemas';
import type { z } from 'zod';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { invalid, notFound } from '../../errors.js';
import { isPartyMemberOf, personsOf, rosterSpans } from '../meetings/repository.js';
import { educationBranch, studyPerson, writesEducation } from './access.js';

/** 学习教育 (MEM-2): study records (from meetings and self-recorded), the yearly notebook, the secretary's training. */
type Db = Ctx['db'];
const yearOr = (ctx: Ctx, y: number | undefined) => y ?? Number(ctx.today.slice(0, 4));
const tenths = (h: number | null | undefined) => (h === null || h === undefined ? null : Math.round(h * 10));
const minutesOf = (t: string | null) => (t ? Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)) : null);

/** Held meetings of the study kinds that the people attended (出席) in the year: derived, never typed. */
async function meetingStudy(db: Db, personIds: readonly string[], year: number) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('meeting_attendance as a')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .select(['a.person_id', 'm.id', 'm.kind', 'm.held_on', 'm.title', 'm.topic', 'm.start_time', 'm.end_time'])
    .where('a.person_id', 'in', [...personIds])
    .where('a.status', '=', 'present')
    .where('m.status', '=', 'held')
    .where('m.kind', 'in', [...STUDY_MEETING_KINDS])
    .where('m.held_on', '>=', `${year}-01-01`)
    .where('m.held_on', '<=', `${year}-12-31`)
    .orderBy('m.held_on')
    .execute();
}

const ownStudy = (db: Db, personIds: readonly string[], year: number) =>
  personIds.length === 0
    ? Promise.resolve([])
    : db.selectFrom('study_records').selectAll().where('person_id', 'in', [...personIds]).where('studied_on', '>=', `${year}-01-01`).where('studied_on', '<=', `${year}-12-31`).orderBy('studied_on').execute();

export async function studyRecords(ctx: Ctx, personId: string, year: number | undefined): Promise<StudyRecords> {
  const { person, writes } = await studyPerson(ctx, ctx.db, personId, 'read');
  const y = yearOr(ctx, year);
  const [meetings, own, nb] = await Promise.all([
    meetingStudy(ctx.db, [personId], y),
    ownStudy(ctx.db, [personId], y),
    ctx.db.selectFrom('study_notebooks').select('issued_on').where('person_id', '=', personId).where('year', '=', y).executeTakeFirst(),
  ]);
  const items: StudyRecords['items'] = [
    ...meetings.map((m) => {
      const [s, e] = [minutesOf(m.start_time), minutesOf(m.end_time)];
      const label = MEETING_KIND_LABELS[m.kind as keyof typeof MEETING_KIND_LABELS] ?? '会议';
      return { id: m.id, source: 'meeting' as const, studiedOn: m.held_on, title: m.title ?? m.topic ?? label, form: label, hours: s !== null && e !== null && e > s ? Math.round((e - s) / 6) / 10 : null, note: null };
    }),
    ...own.map((r) => ({ id: r.id, source: 'recorded' as const, studiedOn: r.studied_on, title: r.title, form: STUDY_FORM_LABELS[r.form], hours: hoursOfTenths(r.hours_tenths), note: r.note })),
  ].sort((a, b) => (a.studiedOn < b.studiedOn ? -1 : a.studiedOn > b.studiedOn ? 1 : 0));
  return { person, year: y, items, notebookIssuedOn: nb?.issued_on ?? null, abilities: { add: writes } };
}

/** A study record the member adds themself, or the committee adds for them (in the person's current branch). */
export async function addStudyRecord(ctx: Ctx, personId: string, input: z.infer<typeof ZStudyRecordInput>): Promise<StudyRecords> {
  await ctx.db.transaction().execute(async (trx) => {
    const { branchId } = await studyPerson(ctx, trx, personId, 'write');
    if (!branchId) throw invalid('该人员目前不在任何党支部，不能登记学习记录');
    if (input.studiedOn > ctx.today) throw invalid('学习日期不能晚于今天');
    const id = randomUUID();
    const row = { id, branch_id: branchId, person_id: personId, studied_on: input.studiedOn, title: input.title, form: input.form, hours_tenths: tenths(input.hours), note: input.note ?? null };
    await trx.insertInto('study_records').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'study.recorded', entityType: 'studyRecord', entityId: id, after: row });
  });
  return studyRecords(ctx, personId, Number(input.studiedOn.slice(0, 4)));
}

export async function myStudy(ctx: Ctx, year: number | undefined): Promise<StudyRecords> {
  if (!ctx.viewer.personId) throw notFound('本人的党员档案');
  return studyRecords(ctx, ctx.viewer.personId, year);
}
export async function addMyStudy(ctx: Ctx, input: z.infer<typeof ZStudyRecordInput>): Promise<StudyRecords> {
  if (!ctx.viewer.personId) throw notFound('本人的党员档案');
  return addStudyRecord(ctx, ctx.viewer.personId, input);
}

/** The members of the branch on a date (正式, 预备, 在册), sorted by pinyin. */
async function membersOn(db: Db, branchId: string, on: string) {
  const spans = await rosterSpans(db, branchId, on, on);
  const seen = new Map<string, { id: string; name: string; pinyin: string }>();
  for (const s of spans) if (s.groupId === null && !seen.has(s.personId)) seen.set(s.personId, { id: s.personId, name: s.name, pinyin: s.pinyin });
  return [...seen.values()].sort((a, b) => a.pinyin.localeCompare(b.pinyin));
}

export async function educationOverview(ctx: Ctx, branchId: string, year: number | undefined): Promise<EducationOverview> {
  await educationBranch(ctx, ctx.db, branchId);
  const y = yearOr(ctx, year);
  const on = ctx.today < `${y}-12-31` ? ctx.today : `${y}-12-31`;
  const members = await membersOn(ctx.db, branchId, on);
  const ids = members.map((m) => m.id);
  const [nbs, meetings, own, trainings] = await Promise.all([
    ids.length ? ctx.db.selectFrom('study_notebooks').select(['person_id', 'issued_on']).where('year', '=', y).where('person_id', 'in', ids).execute() : Promise.resolve([]),
    meetingStudy(ctx.db, ids, y),
    ownStudy(ctx.db, ids, y),
    ctx.db
      .selectFrom('secretary_trainings as t')
      .innerJoin('persons as p', 'p.id', 't.person_id')
      .selectAll('t')
      .select('p.name')
      .where('t.branch_id', '=', branchId)
      .where('t.start_on', '<=', `${y}-12-31`)
      .where('t.end_on', '>=', `${y}-01-01`)
      .orderBy('t.start_on')
      .execute(),
  ]);
  const nb = new Map(nbs.map((n) => [n.person_id, n.issued_on]));
  const count = <T extends { person_id: string }>(rows: readonly T[], id: string) => rows.filter((r) => r.person_id === id).length;
  return {
    year: y,
    members: members.map((m) => ({
      person: { id: m.id, name: m.name },
      notebookIssuedOn: nb.get(m.id) ?? null,
      meetingRecords: count(meetings, m.id),
      ownRecords: count(own, m.id),
      hours: own.filter((r) => r.person_id === m.id).reduce((s, r) => s + (r.hours_tenths ?? 0), 0) / 10,
    })),
    trainings: trainings.map((t) => ({ id: t.id, person: { id: t.person_id, name: t.name }, title: t.title, organizer: t.organizer, startOn: t.start_on, endOn: t.end_on, hours: hoursOfTenths(t.hours_tenths), note: t.note })),
    abilities: { write: writesEducation(ctx.viewer, branchId) },
  };
}

/** "Issue to all members": a notebook of the year to each member on the date who has none yet (or to those named). */
export async function issueNotebooks(ctx: Ctx, branchId: string, input: z.infer<typeof ZNotebookIssue>): Promise<EducationOverview> {
  if (input.issuedOn > ctx.today) throw invalid('发放日期不能晚于今天');
  if (Number(input.issuedOn.slice(0, 4)) !== input.year) throw invalid(`发放日期应在${input.year}年内`);
  await ctx.db.transaction().execute(async (trx) => {
    await educationBranch(ctx, trx, branchId, 'write');
    const members = await membersOn(trx, branchId, input.issuedOn);
    const memberIds = new Set(members.map((m) => m.id));
    const wanted = input.personIds ?? [...memberIds];
    const strangers = wanted.filter((id) => !memberIds.has(id));
    if (strangers.length) throw invalid('所选人员中有人不是本支部在发放日期的党员');
    if (wanted.length === 0) throw invalid('支部在发放日期没有党员');
    const rows = wanted.map((person_id) => ({ person_id, year: input.year, branch_id: branchId, issued_on: input.issuedOn }));
    const inserted = await trx.insertInto('study_notebooks').values(rows).onConflict((oc) => oc.columns(['person_id', 'year']).doNothing()).returning('person_id').execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'studyNotebook.issued', entityType: 'branch', entityId: branchId, after: { year: input.year, issuedOn: input.issuedOn, personIds: inserted.map((r) => r.person_id) } });
  });
  return educationOverview(ctx, branchId, input.year);
}

export async function untickNotebook(ctx: Ctx, branchId: string, input: z.infer<typeof ZNotebookUntick>): Promise<EducationOverview> {
  await ctx.db.transaction().execute(async (trx) => {
    await educationBranch(ctx, trx, branchId, 'write');
    const row = await trx.selectFrom('study_notebooks').selectAll().where('person_id', '=', input.personId).where('year', '=', input.year).where('branch_id', '=', branchId).executeTakeFirst();
    if (!row) throw notFound('学习教育记录本发放记录');
    await trx.deleteFrom('study_notebooks').where('person_id', '=', input.personId).where('year', '=', input.year).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'studyNotebook.withdrawn', entityType: 'branch', entityId: branchId, before: row });
  });
  return educationOverview(ctx, branchId, input.year);
}

export async function addTraining(ctx: Ctx, branchId: string, input: z.infer<typeof ZSecretaryTrainingInput>): Promise<EducationOverview> {
  await ctx.db.transaction().execute(async (trx) => {
    await educationBranch(ctx, trx, branchId, 'write');
    const problems = trainingProblems({ startOn: input.startOn, endOn: input.endOn }, ctx.today);
    const p = (await personsOf(trx, ctx.viewer.organId, [input.personId])).get(input.personId);
    if (!p) problems.push('所选人员不是本机关的人员');
    else if (!(await isPartyMemberOf(trx, input.personId, branchId, input.startOn))) problems.push(`${p.name}不是本支部在${input.startOn}的党员`);
    if (problems.length) throw invalid(problems.join('；'), { problems });
    const id = randomUUID();
    const row = { id, branch_id: branchId, person_id: input.personId, title: input.title, organizer: input.organizer, start_on: input.startOn, end_on: input.endOn, hours_tenths: tenths(input.hours), note: input.note ?? null };
    await trx.insertInto('secretary_trainings').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'secretaryTraining.recorded', entityType: 'secretaryTraining', entityId: id, after: row });
  });
  return educationOverview(ctx, branchId, Number(input.startOn.slice(0, 4)));
}
