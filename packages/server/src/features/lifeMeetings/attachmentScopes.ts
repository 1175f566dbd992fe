import type { Ctx } from '../../context.js';
import { notFound } from '../../errors.js';
import type { AttachmentScope } from '../attachments/scopes.js';
import { canWriteMeeting, loadMeeting } from '../meetings/access.js';
import { assertBookOpen } from '../recordBooks/guard.js';

/**
 * Files of the 组织生活会's parts (contracts §6): the 对照检查材料 and the 整改佐证材料 have the rights of their
 * meeting. 对照检查材料 close with the year's record book; evidence of closing an item may come later.
 */
async function meetingOf(ctx: Ctx, table: 'self_inspections' | 'rectifications', id: string, what: string) {
  const row = await ctx.db.selectFrom(table).select('meeting_id').where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound(what);
  return loadMeeting(ctx, ctx.db, row.meeting_id);
}

export const lifeRecordScopes: Record<string, AttachmentScope> = {
  selfInspection: {
    label: '对照检查材料',
    async canRead(ctx, id) {
      await meetingOf(ctx, 'self_inspections', id, '对照检查材料');
    },
    async canWrite(ctx, id) {
      const m = await meetingOf(ctx, 'self_inspections', id, '对照检查材料');
      if (!canWriteMeeting(ctx.viewer, m.branch_id, m.kind, m.group_id)) return false;
      await assertBookOpen(ctx.db, m.branch_id, null, m.held_on);
      return true;
    },
  },
  rectification: {
    label: '整改佐证材料',
    async canRead(ctx, id) {
      await meetingOf(ctx, 'rectifications', id, '整改事项');
    },
    async canWrite(ctx, id) {
      const m = await meetingOf(ctx, 'rectifications', id, '整改事项');
      return canWriteMeeting(ctx.viewer, m.branch_id, m.kind, m.group_id);
    },
  },
};
