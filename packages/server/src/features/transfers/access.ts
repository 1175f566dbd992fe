import { isBranchLead, isBranchOfficer, isOrganAdmin, type Viewer } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { reachOf } from '../meetings/access.js';
import { findBranchOfOrgan } from '../meetings/repository.js';
import { findTransfer, type TransferRow } from './repository.js';

/**
 * Relation transfers (MEM-3): read by the organ admin and the committee of the branch on either side; recorded by
 * the organ admin and the 书记, 副书记, 组织委员 of the branch (the receiving branch of an internal move records its
 * receipt). Plain members and 党小组长 see none (a transfer carries the ID number).
 */
export const readsTransfers = (v: Viewer, branchId: string) => isOrganAdmin(v) || isBranchOfficer(v, branchId);
export const writesTransfers = (v: Viewer, branchId: string) => isOrganAdmin(v) || isBranchLead(v, branchId);
export const WRITE_ONLY = '只有机关党委管理员和本支部书记、副书记、组织委员可以办理组织关系转接';

const sides = (t: Pick<TransferRow, 'branch_id' | 'other_branch_id'>) => [t.branch_id, ...(t.other_branch_id ? [t.other_branch_id] : [])];
export const canSeeTransfer = (v: Viewer, t: Pick<TransferRow, 'branch_id' | 'other_branch_id'>) => sides(t).some((b) => readsTransfers(v, b));
export const canWriteTransfer = (v: Viewer, t: Pick<TransferRow, 'branch_id' | 'other_branch_id'>) => sides(t).some((b) => writesTransfers(v, b));

/** The branch, if the viewer reads its transfers (403 to someone of the organ who may not, 404 to an unknown branch). */
export async function branchForRead(ctx: Ctx, db: Ctx['db'], branchId: string) {
  const b = await findBranchOfOrgan(db, ctx.viewer.organId, branchId);
  if (!b) throw notFound('党支部');
  if (!readsTransfers(ctx.viewer, branchId)) {
    // someone of the branch is told why; anyone else does not learn the branch exists (contracts §4)
    if (await reachOf(ctx, db, branchId)) throw forbidden('只有机关党委和本支部委员可以查看组织关系转接');
    throw notFound('党支部');
  }
  return b;
}

export async function branchForWrite(ctx: Ctx, db: Ctx['db'], branchId: string) {
  const b = await branchForRead(ctx, db, branchId);
  if (!writesTransfers(ctx.viewer, branchId)) throw forbidden(WRITE_ONLY);
  return b;
}

export async function loadTransfer(ctx: Ctx, db: Ctx['db'], id: string, need: 'read' | 'write' = 'read'): Promise<TransferRow> {
  const t = await findTransfer(db, ctx.viewer.organId, id);
  if (!t || !canSeeTransfer(ctx.viewer, t)) throw notFound('组织关系转接记录');
  if (need === 'write' && !canWriteTransfer(ctx.viewer, t)) throw forbidden(WRITE_ONLY);
  return t;
}
