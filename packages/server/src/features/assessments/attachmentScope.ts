import type { Ctx } from '../../context.js';
import { notFound } from '../../errors.js';
import { loadAssessment, sheetBranch } from './access.js';

/**
 * The evidence of an assessor's score (检查考核): read by who reads the branch's score sheet; saved with the score
 * itself (and removed when the score is cleared), never through the generic upload.
 */
export const assessmentScoreScope = {
  label: '考核评分证明材料',
  async canRead(ctx: Ctx, id: string) {
    const s = await ctx.db.selectFrom('assessment_scores').select(['assessment_id', 'branch_id']).where('id', '=', id).executeTakeFirst();
    if (!s) throw notFound('考核评分');
    await loadAssessment(ctx, ctx.db, s.assessment_id);
    await sheetBranch(ctx, ctx.db, s.branch_id);
  },
  async canWrite() {
    return false;
  },
};
