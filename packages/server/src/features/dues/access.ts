import { isOrganAdmin, isBranchOfficer, type Viewer } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { reachOf } from '../meetings/access.js';
import { findBranchOfOrgan } from '../meetings/repository.js';

/**
 * Who sees and keeps a branch's dues (contracts §4 "dues base and payments"): the organ admin all branches, the
 * branch's committee (书记, 组织委员 and the other 支委) their own; a 党小组长 or a plain 党员 only their own dues, through
 * 我的 (`/api/me/dues`) and their 党费证.
 */
export const keepsDues = (v: Viewer, branchId: string) => isOrganAdmin(v) || isBranchOfficer(v, branchId);
export const DUES_ONLY = '只有机关党委管理员和本支部委员可以查看和登记党费收缴情况；本人的党费请在“我的”中查看';

/** The branch, if the viewer keeps its dues: 403 to someone of the branch, 404 to anyone else. */
export async function duesBranch(ctx: Ctx, db: Ctx['db'], branchId: string, need: 'read' | 'write' = 'read') {
  const b = await findBranchOfOrgan(db, ctx.viewer.organId, branchId);
  if (!b) throw notFound('党支部');
  if (keepsDues(ctx.viewer, branchId)) {
    if (need === 'write' && b.status !== 'active') throw forbidden('已撤销的党支部不能登记党费');
    return b;
  }
  if (await reachOf(ctx, db, branchId)) throw forbidden(DUES_ONLY);
  throw notFound('党支部');
}
