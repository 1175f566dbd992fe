import { canSeeHardship, isBranchLead, isOrganAdmin, readsBranchHardships, type Viewer } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { forbidden, invalid, notFound } from '../../errors.js';
import { reachOf } from '../meetings/access.js';
import { findBranchOfOrgan } from '../meetings/repository.js';
import { findHardship, type HardshipRow } from './repository.js';

/**
 * Hardship details (contracts §4): the organ admin and the branch's committee read all of the branch's; the member
 * their own; a 党小组长 or another member nothing of anyone else — not even that someone is in difficulty. The organ
 * admin and the branch's 书记, 副书记, 组织委员 keep the ledger.
 */
export const writesCare = (v: Viewer, branchId: string) => isOrganAdmin(v) || isBranchLead(v, branchId);
export const WRITE_ONLY = '只有机关党委管理员和本支部书记、副书记、组织委员可以登记困难党员和走访慰问';

/** The branch and whether the viewer reads all of its records or only their own (404 to outsiders). */
export async function careReach(ctx: Ctx, db: Ctx['db'], branchId: string) {
  const b = await findBranchOfOrgan(db, ctx.viewer.organId, branchId);
  if (!b) throw notFound('党支部');
  if (readsBranchHardships(ctx.viewer, branchId)) return { branch: b, reach: 'all' as const };
  if (await reachOf(ctx, db, branchId)) return { branch: b, reach: 'own' as const };
  throw notFound('党支部');
}

export async function careBranchForWrite(ctx: Ctx, db: Ctx['db'], branchId: string) {
  const { branch } = await careReach(ctx, db, branchId);
  if (!writesCare(ctx.viewer, branchId)) throw forbidden(WRITE_ONLY);
  if (branch.status !== 'active') throw invalid('已撤销的党支部不能登记困难党员');
  return branch;
}

/** The record, if the viewer may see it (404 otherwise) and, with 'write', keep it (403). */
export async function loadHardship(ctx: Ctx, db: Ctx['db'], id: string, need: 'read' | 'write' = 'read'): Promise<HardshipRow> {
  const h = await findHardship(db, ctx.viewer.organId, id);
  if (!h || !canSeeHardship(ctx.viewer, { branchId: h.branch_id, personId: h.person_id })) throw notFound('困难党员记录');
  if (need === 'write' && !writesCare(ctx.viewer, h.branch_id)) throw forbidden(WRITE_ONLY);
  return h;
}
