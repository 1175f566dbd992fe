import type { Ctx } from '../../context.js';
import { invalid } from '../../errors.js';
import { loadMeeting } from '../meetings/access.js';
import type { MeetingRow } from '../meetings/repository.js';
import { assertBookOpen } from '../recordBooks/guard.js';

/**
 * The 组织生活会's parts have the rights of the meeting itself (issue 5 §6): those who read the meeting read them,
 * those who record it (the organ admin, the branch's 书记, 副书记, 组织委员) keep them.
 */
export async function loadLifeMeeting(ctx: Ctx, db: Ctx['db'], id: string, need: 'read' | 'write' = 'read'): Promise<MeetingRow> {
  const m = await loadMeeting(ctx, db, id, need);
  if (m.kind !== 'lifeMeeting') throw invalid('该会议不是组织生活会，不能登记组织生活会的会前准备、对照检查、批评意见或整改事项');
  if (need === 'write') {
    if (m.branch_status !== 'active') throw invalid('已撤销的党支部不能修改组织生活会材料');
    if (m.status === 'cancelled') throw invalid('已取消的组织生活会不能登记材料');
  }
  return m;
}

/** The meeting's own materials (preparation, 对照检查, 批评意见) close with the year's record book (LED-1). */
export const assertMeetingBookOpen = (db: Ctx['db'], m: MeetingRow) => assertBookOpen(db, m.branch_id, null, m.held_on);
