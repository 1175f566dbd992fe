import { randomUUID } from 'node:crypto';
import { BRANCH_REPORT_KIND_LABELS, type BranchReport, type OrganReportInbox, type ZBranchReportInput, type ZBranchReportReview, type ZBranchReportUpdate } from '@zhibu/schemas';
import type { z } from 'zod';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import { isOrganAdmin, isBranchLead } from '@zhibu/domain';
import { attachmentCounts } from '../lifeMeetings/repository.js';
import { branchForReports, readsBranchReports, REVIEW_ONLY, SUBMIT_ONLY, WRITE_ONLY, writesReports } from './access.js';
import { presentBranchReport } from './presenter.js';
import { activeBranches, branchReportsOf, findBranchReport, findMeetingOfBranch, findReportOfKind, type BranchReportRow } from './repository.js';

/**
 * LIFE-6: the branch's yearly report to the 机关党委 (draft → submitted → received, or returned with the reason and
 * submitted again) and its year-end report to the 党员大会 (given at that meeting, not submitted). One of each kind
 * a year.
 */
type Db = Ctx['db'];

async function present(ctx: Ctx, db: Db, rows: BranchReportRow[]): Promise<BranchReport[]> {
  const files = await attachmentCounts(db, 'branchReport', rows.map((r) => r.id));
  return rows.map((r) => presentBranchReport(r, ctx.viewer, files.get(r.id) ?? 0));
}

/** The report, if the viewer may read it (404 otherwise). */
export async function loadReport(ctx: Ctx, db: Db, id: string): Promise<BranchReportRow> {
  const r = await findBranchReport(db, ctx.viewer.organId, id);
  if (!r || !readsBranchReports(ctx.viewer, r.branch_id)) throw notFound('工作报告');
  return r;
}

export async function listBranchReports(ctx: Ctx, branchId: string, year: number | undefined): Promise<BranchReport[]> {
  await branchForReports(ctx, ctx.db, branchId, 'read');
  return present(ctx, ctx.db, await branchReportsOf(ctx.db, ctx.viewer.organId, { branchId, year }));
}

/** The 机关党委's view: every branch's report to it of the year. */
export async function listOrganReports(ctx: Ctx, year: number | undefined): Promise<OrganReportInbox> {
  if (!isOrganAdmin(ctx.viewer) && !ctx.viewer.organRoles.includes('assessor')) throw forbidden('只有机关党委可以查看各党支部的工作报告');
  const items = await present(ctx, ctx.db, await branchReportsOf(ctx.db, ctx.viewer.organId, { year: year ?? Number(ctx.today.slice(0, 4)), kind: 'toOrgan' }));
  // whoever has sent nothing (a draft is not sent), so staff preparing an inspection see who to chase
  const sent = new Set(items.filter((r) => r.status !== 'draft').map((r) => r.branchId));
  const active = await activeBranches(ctx.db, ctx.viewer.organId);
  return { items, notSubmitted: active.filter((b) => !sent.has(b.id)).map((b) => ({ branchId: b.id, branchName: b.full_name })) };
}

export async function getBranchReport(ctx: Ctx, id: string): Promise<BranchReport> {
  return (await present(ctx, ctx.db, [await loadReport(ctx, ctx.db, id)]))[0]!;
}

/** A toAssembly report names the 党员大会 it was given at (of this branch); a report to the 机关党委 names none. */
async function checkFields(ctx: Ctx, db: Db, branchId: string, kind: BranchReport['kind'], f: { meeting_id: string | null; reported_on: string | null }): Promise<void> {
  const problems: string[] = [];
  if (f.reported_on && f.reported_on > ctx.today) problems.push(`报告日期（${f.reported_on}）晚于今天`);
  if (f.meeting_id) {
    const m = await findMeetingOfBranch(db, branchId, f.meeting_id);
    if (kind !== 'toAssembly') problems.push('向机关党委的报告不关联会议');
    else if (!m || m.kind !== 'assembly') problems.push('年终工作报告须关联本支部的党员大会');
  }
  if (problems.length) throw invalid(problems.join('；'), { problems });
}

export async function createBranchReport(ctx: Ctx, branchId: string, input: z.infer<typeof ZBranchReportInput>): Promise<BranchReport> {
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const b = await branchForReports(ctx, trx, branchId, 'write');
    if (b.status !== 'active') throw invalid('已撤销的党支部不能登记工作报告');
    if (await findReportOfKind(trx, branchId, input.year, input.kind)) throw new AppError('CONFLICT', `已有${input.year}年度的${BRANCH_REPORT_KIND_LABELS[input.kind]}，请在原报告上修改`);
    const row = {
      id,
      organ_id: ctx.viewer.organId,
      branch_id: branchId,
      year: input.year,
      kind: input.kind,
      title: input.title,
      body: input.body ?? null,
      meeting_id: input.meetingId ?? null,
      reported_on: input.reportedOn ?? null,
    };
    await checkFields(ctx, trx, branchId, input.kind, row);
    await trx.insertInto('branch_reports').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'branchReport.created', entityType: 'branchReport', entityId: id, after: { ...row, status: 'draft' } });
  });
  return getBranchReport(ctx, id);
}

const notWithOrgan = (r: BranchReportRow) => {
  if (r.branch_status !== 'active') throw invalid('已撤销的党支部不能修改工作报告');
  if (r.status === 'submitted') throw invalid('报告已报送机关党委，不能修改；如需修改，请机关党委退回');
  if (r.status === 'received') throw invalid('机关党委已收到该报告，不能再修改');
};

export async function updateBranchReport(ctx: Ctx, id: string, patch: z.infer<typeof ZBranchReportUpdate>): Promise<BranchReport> {
  await ctx.db.transaction().execute(async (trx) => {
    const r = await loadReport(ctx, trx, id);
    if (!writesReports(ctx.viewer, r.branch_id)) throw forbidden(WRITE_ONLY);
    notWithOrgan(r);
    const before = { title: r.title, body: r.body, meeting_id: r.meeting_id, reported_on: r.reported_on };
    const after = {
      title: patch.title ?? r.title,
      body: patch.body === undefined ? r.body : patch.body,
      meeting_id: patch.meetingId === undefined ? r.meeting_id : patch.meetingId,
      reported_on: patch.reportedOn === undefined ? r.reported_on : patch.reportedOn,
    };
    await checkFields(ctx, trx, r.branch_id, r.kind, after);
    await trx.updateTable('branch_reports').set(after).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'branchReport.updated', entityType: 'branchReport', entityId: id, before, after });
  });
  return getBranchReport(ctx, id);
}

/** The branch submits its report to the 机关党委 (again after a return): it needs its text or an attached file. */
export async function submitBranchReport(ctx: Ctx, id: string): Promise<BranchReport> {
  await ctx.db.transaction().execute(async (trx) => {
    const r = await loadReport(ctx, trx, id);
    if (!isBranchLead(ctx.viewer, r.branch_id)) throw forbidden(SUBMIT_ONLY);
    if (r.kind !== 'toOrgan') throw invalid('年终向党员大会的报告在党员大会上报告，不报送机关党委');
    notWithOrgan(r);
    const files = (await attachmentCounts(trx, 'branchReport', [id])).get(id) ?? 0;
    if (!r.body?.trim() && files === 0) throw invalid('报告尚无正文，也未上传报告文件，不能报送');
    const after = { status: 'submitted' as const, submitted_on: ctx.today, return_reason: null };
    await trx.updateTable('branch_reports').set(after).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'branchReport.submitted',
      entityType: 'branchReport',
      entityId: id,
      before: { status: r.status, submitted_on: r.submitted_on, return_reason: r.return_reason },
      after,
    });
  });
  return getBranchReport(ctx, id);
}

/** The 机关党委 receives a submitted report, or returns it with the reason. */
export async function reviewBranchReport(ctx: Ctx, id: string, input: z.infer<typeof ZBranchReportReview>): Promise<BranchReport> {
  await ctx.db.transaction().execute(async (trx) => {
    const r = await loadReport(ctx, trx, id);
    if (!isOrganAdmin(ctx.viewer)) throw forbidden(REVIEW_ONLY);
    if (r.status !== 'submitted') throw invalid('只有已报送、尚未处理的报告可以接收或退回');
    let after;
    if (input.action === 'return') {
      if (!input.note) throw invalid('退回报告须填写原因');
      after = { status: 'returned' as const, return_reason: input.note };
    } else {
      after = { status: 'received' as const, received_on: ctx.today };
    }
    await trx.updateTable('branch_reports').set(after).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: input.action === 'return' ? 'branchReport.returned' : 'branchReport.received',
      entityType: 'branchReport',
      entityId: id,
      before: { status: r.status, received_on: r.received_on, return_reason: r.return_reason },
      after,
    });
  });
  return getBranchReport(ctx, id);
}
