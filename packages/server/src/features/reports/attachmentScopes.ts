import type { AttachmentScope } from '../attachments/scopes.js';
import { writesReports } from './access.js';
import { loadReport } from './branchReports.js';

/** The branch's 工作报告 file (contracts §6): read as the report; attached while it may still be edited. */
export const reportScopes: Record<string, AttachmentScope> = {
  branchReport: {
    label: '工作报告',
    async canRead(ctx, id) {
      await loadReport(ctx, ctx.db, id);
    },
    async canWrite(ctx, id) {
      const r = await loadReport(ctx, ctx.db, id);
      return writesReports(ctx.viewer, r.branch_id) && r.branch_status === 'active' && (r.status === 'draft' || r.status === 'returned');
    },
  },
};
