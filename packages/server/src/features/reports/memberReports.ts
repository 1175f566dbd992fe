import { randomUUID } from 'node:crypto';
import { leadsGroup, type Viewer } from '@zhibu/domain';
import type { MemberReport, ZMemberReportInput, ZMemberReportStatus, ZMemberReportUpdate, ZOwnMemberReportInput } from '@zhibu/schemas';
import type { z } from 'zod';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import { findBranchOfOrgan, rosterSpans } from '../meetings/repository.js';
import { branchSeen, readsBranchReports, WRITE_ONLY, writesReports } from './access.js';
import { presentMemberReport } from './presenter.js';
import { currentBranchOf, findMeetingOfBranch, findMemberReport, findMemberReportOf, memberReportsOf, type MemberReportRow } from './repository.js';

/**
 * LIFE-8: every 党员's yearly 党员汇报 to their group or the branch, entered by the committee or by the member in
 * their own login; one a person and year in a branch.
 */
type Db = Ctx['db'];
type Status = z.infer<typeof ZMemberReportStatus>;

const yearRange = (y: number) => [`${y}-01-01`, `${y}-12-31`] as const;

/** The branch's 党员 at some time of the year, in name order, and the groups each was in then. */
async function membersOfYear(db: Db, branchId: string, year: number) {
  const spans = await rosterSpans(db, branchId, ...yearRange(year));
  const members = new Map<string, { id: string; name: string; pinyin: string; groups: Set<string> }>();
  for (const s of spans.filter((x) => x.groupId === null)) if (!members.has(s.personId)) members.set(s.personId, { id: s.personId, name: s.name, pinyin: s.pinyin, groups: new Set() });
  for (const s of spans) if (s.groupId) members.get(s.personId)?.groups.add(s.groupId);
  return members;
}

/** What of a person's report the viewer may see: all (branch readers), their group's members', their own. */
const seesReportOf = (v: Viewer, branchId: string, personId: string, groups: ReadonlySet<string>) =>
  readsBranchReports(v, branchId) || v.personId === personId || [...groups].some((g) => leadsGroup(v, g));

export async function memberReportStatus(ctx: Ctx, branchId: string, year: number | undefined): Promise<Status> {
  await branchSeen(ctx, ctx.db, branchId);
  const y = year ?? Number(ctx.today.slice(0, 4));
  const [members, reports] = await Promise.all([membersOfYear(ctx.db, branchId, y), memberReportsOf(ctx.db, branchId, y)]);
  // a report of someone no longer counted among the year's 党员 (e.g. category since changed) still shows
  for (const r of reports) if (!members.has(r.person_id)) members.set(r.person_id, { id: r.person_id, name: r.person_name, pinyin: r.person_pinyin, groups: new Set() });
  const byPerson = new Map(reports.map((r) => [r.person_id, r]));
  const rows = [...members.values()].filter((m) => seesReportOf(ctx.viewer, branchId, m.id, m.groups)).sort((a, b) => a.pinyin.localeCompare(b.pinyin));
  return { year: y, members: rows.map((m) => ({ person: { id: m.id, name: m.name }, report: byPerson.has(m.id) ? presentMemberReport(byPerson.get(m.id)!) : null })) };
}

interface NewReport {
  branchId: string;
  personId: string;
  year: number;
  reportedOn: string;
  audience: MemberReport['audience'];
  meetingId: string | null;
  content: string | null;
  enteredBy: MemberReport['enteredBy'];
}

/** The date has come and lies in the year or after it, the meeting is the branch's, the person a 党员 of that year. */
async function checkFields(ctx: Ctx, db: Db, f: { branchId: string; personId: string; year: number; reportedOn: string; meetingId: string | null }): Promise<void> {
  const problems: string[] = [];
  if (f.reportedOn > ctx.today) problems.push(`汇报日期（${f.reportedOn}）晚于今天`);
  if (f.reportedOn < `${f.year}-01-01`) problems.push(`汇报日期（${f.reportedOn}）早于${f.year}年度`);
  if (f.meetingId && !(await findMeetingOfBranch(db, f.branchId, f.meetingId))) problems.push('所选会议不是本支部的会议');
  if (!(await membersOfYear(db, f.branchId, f.year)).has(f.personId)) problems.push(`该同志不是本支部${f.year}年度的党员`);
  if (problems.length) throw invalid(problems.join('；'), { problems });
}

async function insertReport(ctx: Ctx, f: NewReport): Promise<MemberReport> {
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    await checkFields(ctx, trx, f);
    if (await findMemberReportOf(trx, f.branchId, f.personId, f.year)) throw new AppError('CONFLICT', `已有该同志${f.year}年度的党员汇报，请在原记录上修改`);
    const row = {
      id,
      organ_id: ctx.viewer.organId,
      branch_id: f.branchId,
      person_id: f.personId,
      year: f.year,
      reported_on: f.reportedOn,
      audience: f.audience,
      meeting_id: f.meetingId,
      content: f.content,
      entered_by: f.enteredBy,
    };
    await trx.insertInto('member_reports').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'memberReport.recorded', entityType: 'memberReport', entityId: id, after: row });
  });
  return presentMemberReport((await findMemberReport(ctx.db, ctx.viewer.organId, id))!);
}

/** The committee enters a member's report (given orally, or handed in on paper). */
export async function createMemberReport(ctx: Ctx, branchId: string, input: z.infer<typeof ZMemberReportInput>): Promise<MemberReport> {
  const { branch } = await branchSeen(ctx, ctx.db, branchId);
  if (!writesReports(ctx.viewer, branchId)) throw forbidden(WRITE_ONLY);
  if (branch.status !== 'active') throw invalid('已撤销的党支部不能登记党员汇报');
  return insertReport(ctx, { ...input, branchId, meetingId: input.meetingId ?? null, content: input.content ?? null, enteredBy: 'committee' });
}

/** A 党员 enters their own report, to their current branch. */
export async function createOwnMemberReport(ctx: Ctx, input: z.infer<typeof ZOwnMemberReportInput>): Promise<MemberReport> {
  const personId = ctx.viewer.personId;
  const own = personId ? await currentBranchOf(ctx.db, personId, ctx.today) : undefined;
  if (!personId || !own || (own.category !== 'full' && own.category !== 'probationary')) throw forbidden('只有在册党员可以提交本人的党员汇报');
  const b = await findBranchOfOrgan(ctx.db, ctx.viewer.organId, own.branch_id);
  if (!b) throw notFound('党支部');
  return insertReport(ctx, { ...input, personId, branchId: own.branch_id, meetingId: input.meetingId ?? null, content: input.content ?? null, enteredBy: 'self' });
}

/** The report, if the viewer may change it: the branch's writers, or the member their own self-entered one. */
async function loadForWrite(ctx: Ctx, db: Db, id: string): Promise<MemberReportRow> {
  const r = await findMemberReport(db, ctx.viewer.organId, id);
  const v = ctx.viewer;
  const mine = !!r && r.person_id === v.personId;
  if (!r || (!readsBranchReports(v, r.branch_id) && !mine)) throw notFound('党员汇报');
  if (!writesReports(v, r.branch_id) && !(mine && r.entered_by === 'self')) throw forbidden('只有本人（本人登记的）或本支部书记、副书记、组织委员可以修改党员汇报');
  return r;
}

export async function updateMemberReport(ctx: Ctx, id: string, patch: z.infer<typeof ZMemberReportUpdate>): Promise<MemberReport> {
  await ctx.db.transaction().execute(async (trx) => {
    const r = await loadForWrite(ctx, trx, id);
    const before = { reported_on: r.reported_on, audience: r.audience, meeting_id: r.meeting_id, content: r.content };
    const after = {
      reported_on: patch.reportedOn ?? r.reported_on,
      audience: patch.audience ?? r.audience,
      meeting_id: patch.meetingId === undefined ? r.meeting_id : patch.meetingId,
      content: patch.content === undefined ? r.content : patch.content,
    };
    await checkFields(ctx, trx, { branchId: r.branch_id, personId: r.person_id, year: r.year, reportedOn: after.reported_on, meetingId: after.meeting_id });
    await trx.updateTable('member_reports').set(after).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'memberReport.updated', entityType: 'memberReport', entityId: id, before, after });
  });
  return presentMemberReport((await findMemberReport(ctx.db, ctx.viewer.organId, id))!);
}

export async function deleteMemberReport(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const r = await loadForWrite(ctx, trx, id);
    await trx.deleteFrom('member_reports').where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'memberReport.deleted',
      entityType: 'memberReport',
      entityId: id,
      before: { person_id: r.person_id, year: r.year, reported_on: r.reported_on, audience: r.audience, content: r.content, entered_by: r.entered_by },
    });
  });
}
