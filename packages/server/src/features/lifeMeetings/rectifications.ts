import { randomUUID } from 'node:crypto';
import { isBranchLead, isOrganAdmin, rectificationProblems, type RectificationState } from '@zhibu/domain';
import type { LifeMeetingDossier, Rectification, ZRectificationInput, ZRectificationUpdate } from '@zhibu/schemas';
import type { z } from 'zod';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { invalid, notFound } from '../../errors.js';
import { reachOf } from '../meetings/access.js';
import { findBranchOfOrgan, personsOf } from '../meetings/repository.js';
import { loadLifeMeeting } from './access.js';
import { getDossier } from './service.js';
import { presentRectification } from './presenter.js';
import { attachmentCounts, findRectification, nextSeq, rectificationsOfBranch, type RectificationRow } from './repository.js';

/**
 * The 整改落实台账 (issue 5 §6, LIFE-7, forms.md §7c): items numbered per meeting, each open, closed (销号: date and
 * what was done, its evidence an attachment) or carried over (with the reason). Items live on after the meeting —
 * often into the next year — so the record book's closing does not freeze them.
 */
type Db = Ctx['db'];

async function present(ctx: Ctx, db: Db, rows: RectificationRow[]): Promise<Rectification[]> {
  const files = await attachmentCounts(db, 'rectification', rows.map((r) => r.id));
  return rows.map((r) => presentRectification(r, files, ctx.today));
}

/** The ledger of a branch's 组织生活会 of a year; those who may read the branch's meetings read it. */
export async function listRectifications(ctx: Ctx, branchId: string, year: number | undefined): Promise<Rectification[]> {
  const b = await findBranchOfOrgan(ctx.db, ctx.viewer.organId, branchId);
  if (!b || (await reachOf(ctx, ctx.db, branchId)) !== 'branch') throw notFound('党支部');
  return present(ctx, ctx.db, await rectificationsOfBranch(ctx.db, branchId, year));
}

async function ownerProblem(ctx: Ctx, db: Db, ownerPersonId: string | null, ownerName: string | null): Promise<string | null> {
  if (!ownerPersonId && !ownerName) return '请填写责任人';
  if (ownerPersonId && !(await personsOf(db, ctx.viewer.organId, [ownerPersonId])).has(ownerPersonId)) return '责任人不是本机关的人员';
  return null;
}

const stateOf = (r: Pick<RectificationRow, 'status' | 'deadline' | 'progress' | 'closed_on' | 'carry_reason'>): RectificationState => ({
  status: r.status,
  deadline: r.deadline,
  progress: r.progress,
  closedOn: r.closed_on,
  carryReason: r.carry_reason,
});

function fail(problems: (string | null)[]): void {
  const list = problems.filter((x): x is string => !!x);
  if (list.length) throw invalid(list.join('；'), { problems: list });
}

/** Adds an item with the next number; answers the whole dossier, as every write of the 组织生活会 does. */
export async function addRectification(ctx: Ctx, meetingId: string, input: z.infer<typeof ZRectificationInput>): Promise<LifeMeetingDossier> {
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const m = await loadLifeMeeting(ctx, trx, meetingId, 'write');
    fail([
      await ownerProblem(ctx, trx, input.ownerPersonId ?? null, input.ownerName ?? null),
      input.deadline < m.held_on ? `完成时限（${input.deadline}）不能早于组织生活会日期（${m.held_on}）` : null,
    ]);
    const row = {
      id,
      organ_id: ctx.viewer.organId,
      branch_id: m.branch_id,
      meeting_id: m.id,
      seq: await nextSeq(trx, m.id),
      source: input.source,
      problem: input.problem,
      measure: input.measure,
      owner_person_id: input.ownerPersonId ?? null,
      owner_name: input.ownerName ?? null,
      deadline: input.deadline,
    };
    await trx.insertInto('rectifications').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'rectification.recorded', entityType: 'rectification', entityId: id, after: { ...row, status: 'open' } });
  });
  return getDossier(ctx, meetingId);
}

/** The item, if the viewer may keep its meeting's records (404 when they may not see it, 403 when only read). */
async function loadForWrite(ctx: Ctx, db: Db, id: string) {
  const r = await findRectification(db, id);
  if (!r || r.organ_id !== ctx.viewer.organId) throw notFound('整改事项');
  const m = await loadLifeMeeting(ctx, db, r.meeting_id, 'write');
  return { r, m };
}

/** Progress, corrections, closing (销号) with its date and what was done, carrying over with the reason, reopening. */
export async function updateRectification(ctx: Ctx, id: string, patch: z.infer<typeof ZRectificationUpdate>): Promise<LifeMeetingDossier> {
  const meetingId = await ctx.db.transaction().execute(async (trx) => {
    const { r, m } = await loadForWrite(ctx, trx, id);
    const pick = <T>(v: T | undefined, old: T) => (v === undefined ? old : v);
    const status = pick(patch.status, r.status);
    const after = {
      source: pick(patch.source, r.source),
      problem: pick(patch.problem, r.problem),
      measure: pick(patch.measure, r.measure),
      owner_person_id: pick(patch.ownerPersonId, r.owner_person_id) ?? null,
      owner_name: pick(patch.ownerName, r.owner_name) ?? null,
      deadline: pick(patch.deadline, r.deadline),
      status,
      progress: pick(patch.progress, r.progress) ?? null,
      // the date of closing and the reason for carrying over belong to that status only
      closed_on: status === 'closed' ? (pick(patch.closedOn, r.closed_on) ?? null) : null,
      carry_reason: status === 'carriedOver' ? (pick(patch.carryReason, r.carry_reason) ?? null) : null,
    };
    const mayReopen = isOrganAdmin(ctx.viewer) || isBranchLead(ctx.viewer, r.branch_id);
    fail([
      ...rectificationProblems(stateOf(r), stateOf(after), { today: ctx.today, mayReopen }),
      await ownerProblem(ctx, trx, after.owner_person_id, after.owner_name),
      after.deadline < m.held_on ? `完成时限（${after.deadline}）不能早于组织生活会日期（${m.held_on}）` : null,
    ]);
    const before = {
      source: r.source,
      problem: r.problem,
      measure: r.measure,
      owner_person_id: r.owner_person_id,
      owner_name: r.owner_name,
      deadline: r.deadline,
      status: r.status,
      progress: r.progress,
      closed_on: r.closed_on,
      carry_reason: r.carry_reason,
    };
    await trx.updateTable('rectifications').set(after).where('id', '=', id).execute();
    const action = after.status !== r.status ? `rectification.${after.status === 'open' ? 'reopened' : after.status}` : 'rectification.updated';
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action, entityType: 'rectification', entityId: id, before, after });
    return m.id;
  });
  return getDossier(ctx, meetingId);
}

/** Only an item still open and with no evidence attached may be removed (a mistaken entry). */
export async function deleteRectification(ctx: Ctx, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const { r } = await loadForWrite(ctx, trx, id);
    if (r.status !== 'open') throw invalid('已销号或转为持续整改的事项不能删除');
    if ((await attachmentCounts(trx, 'rectification', [id])).get(id)) throw invalid('该整改事项已有佐证材料，不能删除');
    await trx.deleteFrom('rectifications').where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'rectification.deleted',
      entityType: 'rectification',
      entityId: id,
      before: { meeting_id: r.meeting_id, seq: r.seq, source: r.source, problem: r.problem, measure: r.measure, deadline: r.deadline },
    });
  });
}
