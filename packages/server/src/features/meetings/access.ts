import { isBranchLead, isBranchOfficer, isOrganAdmin, leadsGroup, type Viewer } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { forbidden, notFound } from '../../errors.js';
import { findMeeting, isPartyMemberOf, type MeetingRow } from './repository.js';

/**
 * Who may see and keep a branch's meetings (issue 5 §1, contracts §4):
 * - read all of a branch's meetings: the organ admin, the assessor, the branch's committee (or single secretary) and
 *   the branch's 党员 on the roster today (they attend them); a 党小组长 who is none of these reads their group's 党小组会;
 * - plan and record: the organ admin and the branch's 书记, 副书记, 组织委员; a 党小组长 their group's 党小组会;
 * - submit to the 机关党委: the branch's 书记, 副书记, 组织委员; return and spot-check: the organ admin.
 */
export type Reach = 'branch' | 'groups' | null;

export async function reachOf(ctx: Ctx, db: Ctx['db'], branchId: string): Promise<Reach> {
  const v = ctx.viewer;
  if (isOrganAdmin(v) || v.organRoles.includes('assessor') || isBranchOfficer(v, branchId)) return 'branch';
  if (await isPartyMemberOf(db, v.personId, branchId, ctx.today)) return 'branch';
  return v.ledGroups.some((g) => g.branchId === branchId) ? 'groups' : null;
}

export const canSeeMeeting = (v: Viewer, reach: Reach, m: { kind: string; group_id: string | null }) =>
  reach === 'branch' || (reach === 'groups' && m.kind === 'groupMeeting' && !!m.group_id && leadsGroup(v, m.group_id));

/** Whether the viewer may plan or record a meeting of this kind (and group) in the branch. */
export const canWriteMeeting = (v: Viewer, branchId: string, kind: string, groupId: string | null) =>
  isOrganAdmin(v) || isBranchLead(v, branchId) || (kind === 'groupMeeting' && v.ledGroups.some((g) => g.groupId === groupId && g.branchId === branchId));

export const WRITE_ONLY = '只有机关党委管理员、本支部书记、副书记、组织委员（党小组会：本小组组长）可以登记和修改会议记录';
export const LEAD_ONLY = '只有本支部书记、副书记、组织委员可以将会议记录报送机关党委';
export const ADMIN_ONLY = '只有机关党委可以退回或抽查会议记录';

/** The meeting, if the viewer may read it (404 otherwise) and, as asked, change it, submit it or review it (403). */
export async function loadMeeting(ctx: Ctx, db: Ctx['db'], id: string, need: 'read' | 'write' | 'lead' | 'admin' = 'read'): Promise<MeetingRow> {
  const m = await findMeeting(db, ctx.viewer.organId, id);
  if (!m) throw notFound('会议');
  const v = ctx.viewer;
  if (!canSeeMeeting(v, await reachOf(ctx, db, m.branch_id), m)) throw notFound('会议');
  if (need === 'write' && !canWriteMeeting(v, m.branch_id, m.kind, m.group_id)) throw forbidden(WRITE_ONLY);
  if (need === 'lead' && !isBranchLead(v, m.branch_id)) throw forbidden(LEAD_ONLY);
  if (need === 'admin' && !isOrganAdmin(v)) throw forbidden(ADMIN_ONLY);
  return m;
}
