import { isBranchLead, isBranchOfficer, isOrganAdmin, type Viewer } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { reachOf } from '../meetings/access.js';
import { findBranchOfOrgan } from '../meetings/repository.js';

/**
 * Who sees and keeps a branch's activity funds (LED-7, REQ-2): the organ admin and the branch's committee read the
 * ledger and the venue plans; the organ admin and the branch's 书记, 副书记, 组织委员 record expenses and submit plans;
 * only the organ admin allocates and decides plans.
 */
export const readsFunds = (v: Viewer, branchId: string) => isOrganAdmin(v) || isBranchOfficer(v, branchId);
export const writesFunds = (v: Viewer, branchId: string) => isOrganAdmin(v) || isBranchLead(v, branchId);
export const READ_ONLY = '只有机关党委和本支部委员可以查看活动经费';
export const WRITE_ONLY = '只有机关党委管理员和本支部书记、副书记、组织委员可以登记活动经费支出和场地经费计划';
export const ADMIN_ONLY = '只有机关党委管理员可以拨付活动经费和审批场地经费计划';

/** The branch, if the viewer may read (404 to outsiders, 403 to someone of the branch) and, with 'write', keep its funds. */
export async function fundsBranch(ctx: Ctx, db: Ctx['db'], branchId: string, need: 'read' | 'write' = 'read') {
  const b = await findBranchOfOrgan(db, ctx.viewer.organId, branchId);
  if (!b) throw notFound('党支部');
  if (!readsFunds(ctx.viewer, branchId)) {
    if (await reachOf(ctx, db, branchId)) throw forbidden(READ_ONLY);
    throw notFound('党支部');
  }
  if (need === 'write' && !writesFunds(ctx.viewer, branchId)) throw forbidden(WRITE_ONLY);
  return b;
}

export function requireOrganAdmin(ctx: Ctx): void {
  if (!isOrganAdmin(ctx.viewer)) throw forbidden(ADMIN_ONLY);
}
