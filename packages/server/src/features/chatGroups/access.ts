import { isBranchOfficer, isOrganAdmin, type Viewer } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { reachOf } from '../meetings/access.js';
import { findBranchOfOrgan } from '../meetings/repository.js';

/**
 * The branch WeChat group (VEN-3; contracts §4). The organ admin and the branch's 书记 and 支委 keep it. Who reads:
 * - the organ admin, the assessor and the branch's committee: all of it, with the member list and its check;
 * - a 党员 of the branch: the group's name and manager only (they are in the group). The member check tells who on
 *   the list is not a 党员 / 预备党员 / 入党积极分子 of the branch — someone's standing on the roster (transferred out,
 *   not yet an activist), which a plain member does not read about others (§4: roster details are the committee's).
 */
export const writesChatGroup = (v: Viewer, branchId: string) => isOrganAdmin(v) || isBranchOfficer(v, branchId);
export const readsMemberCheck = (v: Viewer, branchId: string) => writesChatGroup(v, branchId) || v.organRoles.includes('assessor');
export const WRITE_ONLY = '只有机关党委管理员和本支部书记、支委可以登记支部微信群';

export async function chatGroupBranch(ctx: Ctx, db: Ctx['db'], branchId: string, need: 'read' | 'write' = 'read') {
  const b = await findBranchOfOrgan(db, ctx.viewer.organId, branchId);
  if (!b || (await reachOf(ctx, db, branchId)) !== 'branch') throw notFound('党支部');
  if (need === 'write' && !writesChatGroup(ctx.viewer, branchId)) throw forbidden(WRITE_ONLY);
  return b;
}
