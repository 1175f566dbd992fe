import { isBranchLead, isBranchOfficer, isOrganAdmin, type Viewer } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { reachOf } from '../meetings/access.js';
import { findBranchOfOrgan } from '../meetings/repository.js';

/**
 * Work the party assigns (MEM-3) and the 6-month watch: read by the organ admin and the branch's committee, the
 * assignments recorded by the organ admin and the 书记, 副书记, 组织委员.
 */
export const readsWatch = (v: Viewer, branchId: string) => isOrganAdmin(v) || isBranchOfficer(v, branchId);
export const writesAssignments = (v: Viewer, branchId: string) => isOrganAdmin(v) || isBranchLead(v, branchId);
export const WRITE_ONLY = '只有机关党委管理员和本支部书记、副书记、组织委员可以登记党组织分配的工作';

export async function branchForRead(ctx: Ctx, db: Ctx['db'], branchId: string) {
  const b = await findBranchOfOrgan(db, ctx.viewer.organId, branchId);
  if (!b) throw notFound('党支部');
  if (!readsWatch(ctx.viewer, branchId)) {
    // someone of the branch is told why; anyone else does not learn the branch exists (contracts §4)
    if (await reachOf(ctx, db, branchId)) throw forbidden('只有机关党委和本支部委员可以查看');
    throw notFound('党支部');
  }
  return b;
}

export async function branchForWrite(ctx: Ctx, db: Ctx['db'], branchId: string) {
  const b = await branchForRead(ctx, db, branchId);
  if (!writesAssignments(ctx.viewer, branchId)) throw forbidden(WRITE_ONLY);
  return b;
}
