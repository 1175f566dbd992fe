import { isBranchLead, isBranchOfficer, isOrganAdmin, type Viewer } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { belongsTo, findBranch } from './repository.js';

/**
 * Who may see and change a branch's committee records and elections (contracts §4): the organ admin, the assessor
 * (reads) and the branch's committee; the 书记, 副书记 and 组织委员 (or the organ admin) run elections and record terms;
 * approvals, extensions and appointments are the 机关党委's alone.
 */
export const canReadCommittees = (v: Viewer, branchId: string): boolean =>
  isOrganAdmin(v) || v.organRoles.includes('assessor') || isBranchOfficer(v, branchId);

export const canLeadCommittees = (v: Viewer, branchId: string): boolean => isOrganAdmin(v) || isBranchLead(v, branchId);

export const ADMIN_ONLY = {
  approve: '只有机关党委可以批准书记、副书记的任职',
  extend: '只有机关党委可以批准延期换届',
  appoint: '只有机关党委可以任命或调整书记、副书记',
  decide: '只有机关党委可以审批选举结果',
  early: '只有机关党委可以批准提前换届',
} as const;

export const LEAD_ONLY = '只有机关党委管理员或本支部书记、副书记、组织委员可以办理';

/** Refuses: 403 with the reason to someone of the branch, 404 to anyone else, so nothing of another branch leaks. */
export async function refuse(ctx: Ctx, db: Ctx['db'], branchId: string, message: string): Promise<never> {
  const v = ctx.viewer;
  const related =
    isOrganAdmin(v) || isBranchOfficer(v, branchId) || v.ledGroups.some((g) => g.branchId === branchId) || (await belongsTo(db, v.personId, branchId, ctx.today));
  throw related ? forbidden(message) : notFound('党支部');
}

/** The branch of the viewer's organ, if the viewer may read (or, with `lead`, manage) its committee records. */
export async function branchFor(ctx: Ctx, db: Ctx['db'], branchId: string, need: 'read' | 'lead', message = LEAD_ONLY) {
  const b = await findBranch(db, ctx.viewer.organId, branchId);
  if (!b) throw notFound('党支部');
  if (!canReadCommittees(ctx.viewer, branchId)) await refuse(ctx, db, branchId, '只有机关党委和本支部委员可以查看支部委员会和选举');
  if (need === 'lead' && !canLeadCommittees(ctx.viewer, branchId)) await refuse(ctx, db, branchId, message);
  return b;
}
