import { isBranchOfficer, isOrganAdmin, type Viewer } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { reachOf } from '../meetings/access.js';
import { findBranchOfOrgan } from '../meetings/repository.js';
import { findVenue, venueBranchIds } from './repository.js';

/**
 * Who sees and keeps a branch's 活动阵地 (VEN-1, VEN-2; contracts §4): the organ admin, the assessor, the branch's
 * committee and its 党员 read them; the organ admin and the 书记 and 支委 of a branch using the venue tick its items
 * (a shared venue is kept by any of its branches); the organ admin (or an assessor, not of a branch using it) confirms
 * the ticks; only the organ admin names several branches to share one venue.
 */
export const writesVenues = (v: Viewer, branchId: string) => isOrganAdmin(v) || isBranchOfficer(v, branchId);
export const isAssessor = (v: Viewer) => v.organRoles.includes('assessor');
export const WRITE_ONLY = '只有机关党委管理员和本支部书记、支委可以登记活动阵地';
export const CONFIRM_ONLY = '只有机关党委管理员和考核人员可以确认活动阵地检查项目';
export const SHARE_ONLY = '只有机关党委管理员可以设置几个支部共用的活动阵地';

/** The branch, if the viewer may read (404 otherwise) and, with 'write', keep its venues (403). */
export async function venueBranch(ctx: Ctx, db: Ctx['db'], branchId: string, need: 'read' | 'write' = 'read') {
  const b = await findBranchOfOrgan(db, ctx.viewer.organId, branchId);
  if (!b || (await reachOf(ctx, db, branchId)) !== 'branch') throw notFound('党支部');
  if (need === 'write' && !writesVenues(ctx.viewer, branchId)) throw forbidden(WRITE_ONLY);
  return b;
}

/** Whether the viewer reaches one of the venue's branches (read) and keeps one of them (write). */
export async function venueAccess(ctx: Ctx, db: Ctx['db'], branchIds: readonly string[]) {
  let read = false;
  for (const id of branchIds) if ((await reachOf(ctx, db, id)) === 'branch') read = true;
  return { read, write: branchIds.some((id) => writesVenues(ctx.viewer, id)) };
}

/** The venue, if the viewer may see it (404 otherwise) and, with 'write' or 'confirm', act on it (403). */
export async function loadVenue(ctx: Ctx, db: Ctx['db'], id: string, need: 'read' | 'write' | 'confirm' = 'read') {
  const v = await findVenue(db, ctx.viewer.organId, id);
  if (!v) throw notFound('活动阵地');
  const branchIds = await venueBranchIds(db, id);
  const a = await venueAccess(ctx, db, branchIds);
  if (!a.read) throw notFound('活动阵地');
  if (need === 'write' && !a.write) throw forbidden(WRITE_ONLY);
  if (need === 'confirm') {
    if (!isOrganAdmin(ctx.viewer) && !isAssessor(ctx.viewer)) throw forbidden(CONFIRM_ONLY);
    // an assessor never confirms for their own branch (contracts §4)
    if (!isOrganAdmin(ctx.viewer) && branchIds.some((b) => isBranchOfficer(ctx.viewer, b))) throw forbidden('考核人员不能确认本人所在支部的活动阵地');
  }
  return { venue: v, branchIds };
}
