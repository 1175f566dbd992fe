import { isBranchLead, isBranchOfficer, isOrganAdmin, type Viewer } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { appraisalsWithMember, findAppraisal, type AppraisalRow } from './repository.js';

/**
 * Who may see and keep a branch's 民主评议 (issue 5 §7, contracts §4):
 * - read all of it (every member's reviews, the tallies, the grades): the organ admin, the assessor and the branch's
 *   committee (or single secretary);
 * - a member of the appraisal reads it too, but only their own record (their self review, the peer review of them
 *   and their grade, as the 反馈 to them); others' reviews, the tallies and grades stay hidden;
 * - run it (start, record the peer reviews and tallies, open the ballot, grade, advance): the organ admin and the
 *   branch's 书记, 副书记, 组织委员; a member writes their own self review.
 */
export type Reach = 'full' | 'member' | null;

export const readsAll = (v: Viewer, branchId: string) => isOrganAdmin(v) || v.organRoles.includes('assessor') || isBranchOfficer(v, branchId);
export const canManage = (v: Viewer, branchId: string) => isOrganAdmin(v) || isBranchLead(v, branchId);

export const LEAD_ONLY = '只有机关党委管理员、本支部书记、副书记、组织委员可以组织民主评议党员';

export async function reachOf(ctx: Ctx, db: Ctx['db'], a: { id: string; branch_id: string }): Promise<Reach> {
  if (readsAll(ctx.viewer, a.branch_id)) return 'full';
  return (await appraisalsWithMember(db, ctx.viewer.personId, [a.id])).has(a.id) ? 'member' : null;
}

/** The appraisal, if the viewer may read it (404 otherwise) and, when asked, run it (403). */
export async function loadAppraisal(ctx: Ctx, db: Ctx['db'], id: string, need: 'read' | 'full' | 'lead' = 'read'): Promise<{ a: AppraisalRow; reach: Exclude<Reach, null> }> {
  const a = await findAppraisal(db, ctx.viewer.organId, id);
  if (!a) throw notFound('民主评议');
  const reach = await reachOf(ctx, db, a);
  if (!reach) throw notFound('民主评议');
  if (need === 'full' && reach !== 'full') throw forbidden('只有机关党委、本支部委员可以查看全体党员的评议情况');
  if (need === 'lead' && !canManage(ctx.viewer, a.branch_id)) throw forbidden(LEAD_ONLY);
  return { a, reach };
}
