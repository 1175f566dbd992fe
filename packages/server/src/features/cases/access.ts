import { canReadCase, caseActorOf, caseStep, isOrganAdmin, writesBranchCases, type CaseAction } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import { findBranchOfOrgan } from '../meetings/repository.js';
import { findCase, type CaseReach, type CaseRow } from './repository.js';

/**
 * 典型经验库 (REQ-4): every account of the organ reads the published cases; a branch's committee (书记 and the other
 * 支委) also its own drafts, submitted and returned cases, and writes them; the organ admin (机关党委) reads all,
 * returns, publishes and promotes.
 */
export const WRITE_ONLY = '只有本支部的书记、支委或机关党委可以撰写经验';

export function reachOf(ctx: Ctx): CaseReach {
  if (isOrganAdmin(ctx.viewer)) return { all: true };
  return { all: false, branchIds: Object.keys(ctx.viewer.branchRoles).filter((b) => (ctx.viewer.branchRoles[b]?.length ?? 0) > 0) };
}

/** The branch a case is written for (404 outside the organ, 403 to who may not write its cases). */
export async function branchForWrite(ctx: Ctx, db: Ctx['db'], branchId: string) {
  const b = await findBranchOfOrgan(db, ctx.viewer.organId, branchId);
  if (!b) throw notFound('党支部');
  if (!writesBranchCases(ctx.viewer, branchId)) throw forbidden(WRITE_ONLY);
  if (b.status !== 'active') throw invalid('已撤销的党支部不能提交经验');
  return b;
}

/** The case, if the viewer may read it (404 otherwise). */
export async function loadCase(ctx: Ctx, db: Ctx['db'], id: string): Promise<CaseRow> {
  const c = await findCase(db, ctx.viewer.organId, id);
  if (!c || !canReadCase(ctx.viewer, { branchId: c.branch_id, status: c.status })) throw notFound('经验');
  return c;
}

/** Whether the viewer may do `action` to the case now. */
export const may = (ctx: Ctx, c: CaseRow, action: CaseAction) => caseStep(c.status, action, caseActorOf(ctx.viewer, c.branch_id), { reason: 'ok' }).ok;

/** The status after `action`, or the refusal as an error (403 who, 409 state, 400 input). */
export function stepOrThrow(ctx: Ctx, c: CaseRow, action: CaseAction, reason?: string) {
  const s = caseStep(c.status, action, caseActorOf(ctx.viewer, c.branch_id), { reason: reason ?? null });
  if (s.ok) return s.to;
  if (s.kind === 'forbidden') throw forbidden(s.message);
  if (s.kind === 'conflict') throw new AppError('CONFLICT', s.message);
  throw invalid(s.message);
}
