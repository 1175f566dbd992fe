import { isBranchLead, isBranchOfficer, isOrganAdmin, type Viewer } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { findBranchOfOrgan } from '../meetings/repository.js';
import { findDevelopment, type DevRow } from './repository.js';

/**
 * Who sees a development file (contracts §4): the organ admin all; the branch's committee (书记, 组织委员, other 支委)
 * their own branch's; the person in development their own (read only); anyone else is refused (403). The organ
 * admin and the branch's 书记, 副书记, 组织委员 record steps.
 */
export const readsBranchFiles = (v: Viewer, branchId: string) => isOrganAdmin(v) || isBranchOfficer(v, branchId);
export const writesBranchFiles = (v: Viewer, branchId: string) => isOrganAdmin(v) || isBranchLead(v, branchId);
export const READ_ONLY = '只有机关党委管理员和本支部委员可以查看发展党员档案';
export const WRITE_ONLY = '只有机关党委管理员和本支部书记、副书记、组织委员可以办理发展党员';

export async function branchFor(ctx: Ctx, db: Ctx['db'], branchId: string, need: 'read' | 'write') {
  const b = await findBranchOfOrgan(db, ctx.viewer.organId, branchId);
  if (!b) throw notFound('党支部');
  if (!readsBranchFiles(ctx.viewer, branchId)) throw forbidden(READ_ONLY);
  if (need === 'write' && !writesBranchFiles(ctx.viewer, branchId)) throw forbidden(WRITE_ONLY);
  return b;
}

export async function loadDevelopment(ctx: Ctx, db: Ctx['db'], id: string, need: 'read' | 'write' = 'read'): Promise<DevRow> {
  const d = await findDevelopment(db, ctx.viewer.organId, id);
  if (!d) throw notFound('发展党员档案');
  const own = !!ctx.viewer.personId && ctx.viewer.personId === d.person_id;
  if (!readsBranchFiles(ctx.viewer, d.branch_id) && !own) throw forbidden(READ_ONLY);
  if (need === 'write' && !writesBranchFiles(ctx.viewer, d.branch_id)) throw forbidden(WRITE_ONLY);
  return d;
}
