import { isBranchOfficer, isOrganAdmin, type Viewer } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { findBranchOfOrgan } from '../meetings/repository.js';

/**
 * A branch's 信息台账 (LED-1..8) are official records: the organ admin and the 考核人员 read every branch's, the
 * branch's committee reads and keeps its own; members and 党小组长 see nothing of them (404).
 */
export const readsArchive = (v: Viewer, branchId: string) => isOrganAdmin(v) || v.organRoles.includes('assessor') || isBranchOfficer(v, branchId);
export const writesArchive = (v: Viewer, branchId: string) => isOrganAdmin(v) || isBranchOfficer(v, branchId);
export const WRITE_ONLY = '只有机关党委管理员和本支部委员可以上传、移除和装订台账材料';

export async function archiveBranch(ctx: Ctx, db: Ctx['db'], branchId: string, need: 'read' | 'write' = 'read') {
  const b = await findBranchOfOrgan(db, ctx.viewer.organId, branchId);
  if (!b || !readsArchive(ctx.viewer, branchId)) throw notFound('党支部');
  if (need === 'write' && !writesArchive(ctx.viewer, branchId)) throw forbidden(WRITE_ONLY);
  return b;
}
