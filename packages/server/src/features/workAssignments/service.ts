import { randomUUID } from 'node:crypto';
import type { WorkAssignment, WorkAssignmentInput } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError, invalid, notFound } from '../../errors.js';
import { isPartyMemberOf } from '../meetings/repository.js';
import { branchForRead, branchForWrite } from './access.js';
import { presentAssignment } from './presenter.js';
import { assignmentsOf, findAssignment } from './repository.js';

/** 党组织分配的工作 (MEM-3's third counter): recorded by the committee, marked done when done. */
export async function listAssignments(ctx: Ctx, branchId: string): Promise<WorkAssignment[]> {
  await branchForRead(ctx, ctx.db, branchId);
  return (await assignmentsOf(ctx.db, branchId)).map((w) => presentAssignment(w, ctx.today));
}

async function getAssignment(ctx: Ctx, id: string): Promise<WorkAssignment> {
  const w = await findAssignment(ctx.db, ctx.viewer.organId, id);
  if (!w) throw notFound('分配的工作');
  return presentAssignment(w, ctx.today);
}

export async function createAssignment(ctx: Ctx, branchId: string, input: WorkAssignmentInput): Promise<WorkAssignment> {
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const b = await branchForWrite(ctx, trx, branchId);
    if (b.status !== 'active') throw invalid('已撤销的党支部不能登记分配的工作');
    const problems: string[] = [];
    if (input.dueOn < input.assignedOn) problems.push('完成期限不能早于分配日期');
    if (input.assignedOn > ctx.today) problems.push('分配日期不能晚于今天');
    if (!(await isPartyMemberOf(trx, input.personId, branchId, input.assignedOn))) problems.push('所选人员在分配日期不是本支部党员');
    if (problems.length) throw invalid(problems.join('；'), { problems });
    const row = { id, branch_id: branchId, person_id: input.personId, title: input.title, assigned_on: input.assignedOn, due_on: input.dueOn, note: input.note ?? null };
    await trx.insertInto('work_assignments').values(row).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'workAssignment.recorded', entityType: 'workAssignment', entityId: id, after: row });
  });
  return getAssignment(ctx, id);
}

export async function markDone(ctx: Ctx, id: string, doneOn: string): Promise<WorkAssignment> {
  await ctx.db.transaction().execute(async (trx) => {
    const w = await findAssignment(trx, ctx.viewer.organId, id);
    if (!w) throw notFound('分配的工作');
    await branchForWrite(ctx, trx, w.branch_id);
    if (w.done_on) throw new AppError('CONFLICT', '该工作已登记完成');
    if (doneOn < w.assigned_on) throw invalid('完成日期不能早于分配日期');
    if (doneOn > ctx.today) throw invalid('完成日期不能晚于今天');
    await trx.updateTable('work_assignments').set({ done_on: doneOn }).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'workAssignment.done', entityType: 'workAssignment', entityId: id, before: { doneOn: null }, after: { doneOn } });
  });
  return getAssignment(ctx, id);
}
