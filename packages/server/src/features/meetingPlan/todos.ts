import { isBranchLead, isOrganAdmin } from '@zhibu/domain';
import { MEETING_KIND_LABELS, type Todo } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';

/**
 * 待办 for planned meetings whose date has passed without being marked held or cancelled (issue 5 §3): for the
 * organ admin all of them; for a branch's 书记, 副书记, 组织委员 their branch's; for a 党小组长 their group's 党小组会.
 */
export async function overduePlannedTodos(ctx: Ctx): Promise<Todo[]> {
  const v = ctx.viewer;
  const admin = isOrganAdmin(v);
  const leads = Object.keys(v.branchRoles).filter((b) => isBranchLead(v, b));
  const groups = v.ledGroups.map((g) => g.groupId);
  if (!admin && leads.length === 0 && groups.length === 0) return [];
  let q = ctx.db
    .selectFrom('meetings as m')
    .innerJoin('branches as b', 'b.id', 'm.branch_id')
    .leftJoin('party_groups as g', 'g.id', 'm.group_id')
    .select(['m.id', 'm.branch_id', 'm.kind', 'm.held_on', 'm.title', 'b.full_name', 'g.name as group_name'])
    .where('m.organ_id', '=', v.organId)
    .where('m.status', '=', 'planned')
    .where('m.held_on', '<', ctx.today)
    .where('b.status', '=', 'active');
  if (!admin) {
    q = q.where((eb) =>
      eb.or([
        ...(leads.length ? [eb('m.branch_id', 'in', leads)] : []),
        ...(groups.length ? [eb.and([eb('m.kind', '=', 'groupMeeting'), eb('m.group_id', 'in', groups)])] : []),
      ]),
    );
  }
  const rows = await q.orderBy('m.held_on').execute();
  return rows.map((m) => {
    const what = `${m.group_name && m.kind === 'groupMeeting' ? m.group_name : ''}${MEETING_KIND_LABELS[m.kind]}${m.title ? `（${m.title}）` : ''}`;
    return {
      kind: 'finding',
      status: 'unmet',
      branchId: m.branch_id,
      branch: m.full_name,
      title: '计划的会议尚未登记召开',
      message: `计划于 ${m.held_on} 召开的${what}尚未登记召开：已召开的请登记会议记录，未召开的请取消或改期。`,
      due: m.held_on,
      link: `/meetings/${m.id}`,
    };
  });
}
