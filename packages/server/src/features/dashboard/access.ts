import { isBranchOfficer, isOrganAdmin, type Viewer } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { canSeeOrganCheck } from '../check/service.js';
import { reachOf } from '../meetings/access.js';
import { findBranchOfOrgan } from '../meetings/repository.js';

/**
 * Who reads a dashboard (contracts §4; issue 7 §8): the organ's, the 机关党委 and assessors; a branch's, they and the
 * branch's 支委. A 党小组长 or a plain 党员 of the branch is refused (403), anyone else does not see the branch (404).
 * The figures are counts and rates of records these viewers may see in full.
 */
export const readsBranchDashboard = (v: Viewer, branchId: string) => isOrganAdmin(v) || v.organRoles.includes('assessor') || isBranchOfficer(v, branchId);
export const ORGAN_ONLY = '只有机关党委和考核人员可以查看全机关工作看板；支部委员请查看本支部的看板';
export const OFFICERS_ONLY = '只有本支部委员、机关党委和考核人员可以查看支部工作看板';

export function organDashboardAccess(ctx: Ctx): void {
  if (!canSeeOrganCheck(ctx.viewer)) throw forbidden(ORGAN_ONLY);
}

export async function branchDashboardAccess(ctx: Ctx, branchId: string) {
  const b = await findBranchOfOrgan(ctx.db, ctx.viewer.organId, branchId);
  if (!b) throw notFound('党支部');
  if (readsBranchDashboard(ctx.viewer, branchId)) return b;
  if (await reachOf(ctx, ctx.db, branchId)) throw forbidden(OFFICERS_ONLY);
  throw notFound('党支部');
}
