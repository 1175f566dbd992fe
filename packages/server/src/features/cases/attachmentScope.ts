import type { Ctx } from '../../context.js';
import { loadCase, may } from './access.js';

/**
 * The files of a case (REQ-4: photos, the full write-up as PDF or Word …): read as the case is; added or removed by
 * who may edit it, while it is a draft or returned — a submitted or published case keeps the files it was reviewed with.
 */
export const caseScope = {
  label: '典型经验',
  async canRead(ctx: Ctx, id: string) {
    await loadCase(ctx, ctx.db, id);
  },
  async canWrite(ctx: Ctx, id: string) {
    return may(ctx, await loadCase(ctx, ctx.db, id), 'edit');
  },
};
