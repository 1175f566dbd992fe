import { canManageBranch, canSeeBranch } from '@zhibu/domain';
import type { Ctx } from '../../context.js';
import { loadVisiblePerson } from '../persons/service.js';
import { notFound } from '../../errors.js';
import { canLeadCommittees, canReadCommittees } from '../committees/access.js';
import { MEETING_SLOTS } from '@zhibu/schemas';
import { canWriteMeeting, loadMeeting } from '../meetings/access.js';
import { lifeRecordScopes } from '../lifeMeetings/attachmentScopes.js';
import { reportScopes } from '../reports/attachmentScopes.js';
import { canManage as canManageAppraisal, loadAppraisal } from '../appraisals/access.js';
import { assertBookOpen, bookGroupOf } from '../recordBooks/guard.js';
import { fundExpenseScope } from '../funds/attachmentScope.js';
import { venueItemScope } from '../venues/attachmentScope.js';
import { caseScope } from '../cases/attachmentScope.js';
import { archiveScopes } from '../archives/attachmentScope.js';
import { assessmentScoreScope } from '../assessments/attachmentScope.js';

/**
 * Who may read and attach files to a record: the same rules as the record itself (contracts §6). Each feature that
 * takes attachments registers its record type here; an unknown type is refused.
 */
export interface AttachmentScope {
  label: string;
  /** throws NOT_FOUND when the viewer may not see the record */
  canRead(ctx: Ctx, entityId: string): Promise<void>;
  /** whether the viewer, who can see it, may attach to or remove from it */
  canWrite(ctx: Ctx, entityId: string): Promise<boolean>;
  /** the slots an upload may name (any when absent) */
  slots?: readonly string[];
}

async function branchOf(ctx: Ctx, id: string) {
  const b = await ctx.db.selectFrom('branches').select('id').where('id', '=', id).where('organ_id', '=', ctx.viewer.organId).executeTakeFirst();
  return b?.id ?? null;
}

async function electionBranchOf(ctx: Ctx, id: string) {
  const e = await ctx.db.selectFrom('elections').select('branch_id').where('id', '=', id).where('organ_id', '=', ctx.viewer.organId).executeTakeFirst();
  return e?.branch_id ?? null;
}

export const ATTACHMENT_SCOPES: Record<string, AttachmentScope> = {
  person: {
    label: '人员档案',
    async canRead(ctx, id) {
      await loadVisiblePerson(ctx, id);
    },
    async canWrite(ctx, id) {
      return (await loadVisiblePerson(ctx, id)).access.edit;
    },
  },
  branch: {
    label: '党支部',
    async canRead(ctx, id) {
      const b = await branchOf(ctx, id);
      if (!b || !canSeeBranch(ctx.viewer, b, null)) throw notFound('党支部');
    },
    async canWrite(ctx, id) {
      return canManageBranch(ctx.viewer, id);
    },
  },
  election: {
    label: '选举（计票单、选举结果报告等）',
    async canRead(ctx, id) {
      const e = await electionBranchOf(ctx, id);
      if (!e || !canReadCommittees(ctx.viewer, e)) throw notFound('选举');
    },
    async canWrite(ctx, id) {
      const e = await electionBranchOf(ctx, id);
      return !!e && canLeadCommittees(ctx.viewer, e);
    },
  },
  meeting: {
    label: '会议记录',
    slots: MEETING_SLOTS,
    async canRead(ctx, id) {
      await loadMeeting(ctx, ctx.db, id);
    },
    async canWrite(ctx, id) {
      const m = await loadMeeting(ctx, ctx.db, id);
      if (!canWriteMeeting(ctx.viewer, m.branch_id, m.kind, m.group_id)) return false;
      // LED-1: a closed year's book keeps its records' files as they were (409 with the book's message)
      await assertBookOpen(ctx.db, m.branch_id, bookGroupOf(m), m.held_on);
      return true;
    },
  },
  appraisal: {
    label: '民主评议材料',
    // the scanned ballots, 登记表 and 汇总表 concern every member: those who read the whole appraisal only
    async canRead(ctx, id) {
      const { reach } = await loadAppraisal(ctx, ctx.db, id);
      if (reach !== 'full') throw notFound('民主评议');
    },
    async canWrite(ctx, id) {
      const { a, reach } = await loadAppraisal(ctx, ctx.db, id);
      return reach === 'full' && canManageAppraisal(ctx.viewer, a.branch_id);
    },
  },
  ...lifeRecordScopes,
  ...reportScopes,
  fundExpense: fundExpenseScope,
  venueItem: venueItemScope,
  case: caseScope,
  ...archiveScopes,
  assessmentScore: assessmentScoreScope,
};
