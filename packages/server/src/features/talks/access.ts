import { isBranchLead, isBranchOfficer, isOrganAdmin, type Viewer } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { reachOf } from '../meetings/access.js';
import { findBranchOfOrgan } from '../meetings/repository.js';
import { findTalk, type TalkRow } from './repository.js';

/**
 * Who may see and keep talk records (issue 5 §5): the organ admin, the assessor and the branch's committee read all
 * of a branch's talks; anyone else of the branch (a plain 党员, a 党小组长) only the talks they took part in. The
 * organ admin and the branch's 书记, 副书记, 组织委员 record them.
 */
export const readsAllTalks = (v: Viewer, branchId: string) => isOrganAdmin(v) || v.organRoles.includes('assessor') || isBranchOfficer(v, branchId);
export const canWriteTalks = (v: Viewer, branchId: string) => isOrganAdmin(v) || isBranchLead(v, branchId);
export const WRITE_ONLY = '只有机关党委管理员和本支部书记、副书记、组织委员可以登记和修改谈心谈话记录';

const tookPart = (v: Viewer, t: Pick<TalkRow, 'talker_person_id' | 'talkee_person_id'>) => !!v.personId && (t.talker_person_id === v.personId || t.talkee_person_id === v.personId);
/**
 * A 诫勉谈话 (MEM-4) is seen by the organ admin, the branch's committee and the two parties only: not by the assessor,
 * a 党小组长 or other members. The organ admin and any member of the branch's committee record one.
 */
export const canSeeTalk = (v: Viewer, t: Pick<TalkRow, 'kind' | 'branch_id' | 'talker_person_id' | 'talkee_person_id'>) =>
  t.kind === 'admonition' ? isOrganAdmin(v) || isBranchOfficer(v, t.branch_id) || tookPart(v, t) : readsAllTalks(v, t.branch_id) || tookPart(v, t);
export const canWriteAdmonition = (v: Viewer, branchId: string) => isOrganAdmin(v) || isBranchOfficer(v, branchId);
export const canWriteTalk = (v: Viewer, t: Pick<TalkRow, 'kind' | 'branch_id'>) => (t.kind === 'admonition' ? canWriteAdmonition(v, t.branch_id) : canWriteTalks(v, t.branch_id));
export const ADMONITION_WRITE_ONLY = '只有机关党委管理员和本支部委员可以登记诫勉谈话';

/** The branch, and whether the viewer reads all of its talks ('all') or only their own ('own'); 404 to outsiders. */
export async function branchReach(ctx: Ctx, db: Ctx['db'], branchId: string) {
  const b = await findBranchOfOrgan(db, ctx.viewer.organId, branchId);
  if (!b) throw notFound('党支部');
  if (readsAllTalks(ctx.viewer, branchId)) return { branch: b, reach: 'all' as const };
  if (await reachOf(ctx, db, branchId)) return { branch: b, reach: 'own' as const };
  throw notFound('党支部');
}

/** The branch, if the viewer may record its talks of the kind (403 to someone of the branch, 404 to anyone else). */
export async function branchForWrite(ctx: Ctx, db: Ctx['db'], branchId: string, kind: TalkRow['kind'] = 'heartToHeart') {
  const { branch } = await branchReach(ctx, db, branchId);
  if (kind === 'admonition' ? !canWriteAdmonition(ctx.viewer, branchId) : !canWriteTalks(ctx.viewer, branchId)) throw forbidden(kind === 'admonition' ? ADMONITION_WRITE_ONLY : WRITE_ONLY);
  return branch;
}

/** The talk, if the viewer may see it (404 otherwise) and, with 'write', record it (403). */
export async function loadTalk(ctx: Ctx, db: Ctx['db'], id: string, need: 'read' | 'write' = 'read'): Promise<TalkRow> {
  const t = await findTalk(db, ctx.viewer.organId, id);
  if (!t || !canSeeTalk(ctx.viewer, t)) throw notFound('谈心谈话记录');
  if (need === 'write' && !canWriteTalk(ctx.viewer, t)) throw forbidden(t.kind === 'admonition' ? ADMONITION_WRITE_ONLY : WRITE_ONLY);
  return t;
}
