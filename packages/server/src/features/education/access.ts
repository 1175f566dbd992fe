import { isBranchLead, isBranchOfficer, isOrganAdmin, type Viewer } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { reachOf } from '../meetings/access.js';
import { findBranchOfOrgan } from '../meetings/repository.js';

/**
 * Education (MEM-2): the organ admin and the branch's committee read the branch's notebooks, trainings and members'
 * study; the organ admin and the branch's 书记, 副书记, 组织委员 record them; a member reads and adds their own study.
 */
export const readsEducation = (v: Viewer, branchId: string) => isOrganAdmin(v) || isBranchOfficer(v, branchId);
export const writesEducation = (v: Viewer, branchId: string) => isOrganAdmin(v) || isBranchLead(v, branchId);
export const WRITE_ONLY = '只有机关党委管理员和本支部书记、副书记、组织委员可以登记学习教育情况';

export async function educationBranch(ctx: Ctx, db: Ctx['db'], branchId: string, need: 'read' | 'write' = 'read') {
  const b = await findBranchOfOrgan(db, ctx.viewer.organId, branchId);
  if (!b) throw notFound('党支部');
  if (!readsEducation(ctx.viewer, branchId)) {
    if (await reachOf(ctx, db, branchId)) throw forbidden('只有机关党委和本支部委员可以查看全支部的学习教育情况');
    throw notFound('党支部');
  }
  if (need === 'write' && !writesEducation(ctx.viewer, branchId)) throw forbidden(WRITE_ONLY);
  if (need === 'write' && b.status !== 'active') throw forbidden('已撤销的党支部不能登记学习教育情况');
  return b;
}

/** The person's current branch, and whether the viewer reads ('read') or adds to ('write') their study records. */
export async function studyPerson(ctx: Ctx, db: Ctx['db'], personId: string, need: 'read' | 'write') {
  const p = await db
    .selectFrom('persons as p')
    .leftJoin('branch_memberships as bm', (j) => j.onRef('bm.person_id', '=', 'p.id').on('bm.start_on', '<=', ctx.today).on((eb) => eb.or([eb('bm.end_on', 'is', null), eb('bm.end_on', '>=', ctx.today)])))
    .select(['p.id', 'p.name', 'bm.branch_id'])
    .where('p.id', '=', personId)
    .where('p.organ_id', '=', ctx.viewer.organId)
    .executeTakeFirst();
  if (!p) throw notFound('人员');
  const self = ctx.viewer.personId === personId;
  const branchId = p.branch_id;
  const reads = self || isOrganAdmin(ctx.viewer) || (!!branchId && readsEducation(ctx.viewer, branchId));
  if (!reads) throw notFound('人员');
  const writes = self || isOrganAdmin(ctx.viewer) || (!!branchId && writesEducation(ctx.viewer, branchId));
  if (need === 'write' && !writes) throw forbidden(WRITE_ONLY);
  return { person: { id: p.id, name: p.name }, branchId, writes };
}
