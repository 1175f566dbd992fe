import { isBranchLead, isBranchOfficer, isOrganAdmin, type Viewer } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { reachOf } from '../meetings/access.js';
import { findBranchOfOrgan } from '../meetings/repository.js';

/**
 * Who may see and keep the reports (issue 5 §8): the organ admin, the assessor and the branch's committee read the
 * branch's reports and every member's 党员汇报; a 党小组长 reads their group's members' 党员汇报, a member their own.
 * The organ admin and the branch's 书记, 副书记, 组织委员 write them (a member also writes their own 党员汇报);
 * the 书记, 副书记, 组织委员 submit the report to the 机关党委, which receives or returns it.
 */
export const readsBranchReports = (v: Viewer, branchId: string) => isOrganAdmin(v) || v.organRoles.includes('assessor') || isBranchOfficer(v, branchId);
export const writesReports = (v: Viewer, branchId: string) => isOrganAdmin(v) || isBranchLead(v, branchId);

export const WRITE_ONLY = '只有机关党委管理员和本支部书记、副书记、组织委员可以登记和修改报告';
export const SUBMIT_ONLY = '只有本支部书记、副书记、组织委员可以向机关党委报送工作报告';
export const REVIEW_ONLY = '只有机关党委可以接收或退回党支部的工作报告';

/** The branch of the organ, if the viewer reaches it at all (404 otherwise): a 403 then tells them why not. */
export async function branchSeen(ctx: Ctx, db: Ctx['db'], branchId: string) {
  const b = await findBranchOfOrgan(db, ctx.viewer.organId, branchId);
  if (!b) throw notFound('党支部');
  const reach = readsBranchReports(ctx.viewer, branchId) ? 'branch' : await reachOf(ctx, db, branchId);
  if (!reach) throw notFound('党支部');
  return { branch: b, reach };
}

/** The branch, if the viewer may read its reports (403 to someone of the branch, 404 to anyone else). */
export async function branchForReports(ctx: Ctx, db: Ctx['db'], branchId: string, need: 'read' | 'write') {
  const { branch } = await branchSeen(ctx, db, branchId);
  if (!readsBranchReports(ctx.viewer, branchId)) throw forbidden('只有机关党委和本支部委员可以查看党支部的工作报告');
  if (need === 'write' && !writesReports(ctx.viewer, branchId)) throw forbidden(WRITE_ONLY);
  return branch;
}
