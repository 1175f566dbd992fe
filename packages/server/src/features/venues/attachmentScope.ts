import type { Ctx } from '../../context.js';
import { notFound } from '../../errors.js';
import { loadVenue } from './access.js';

/**
 * The photos of a ticked venue item (VEN-1, VEN-2): read as the venue is; saved with the tick itself (and removed
 * with the untick), never through the generic upload.
 */
export const venueItemScope = {
  label: '活动阵地检查项目照片',
  async canRead(ctx: Ctx, id: string) {
    const i = await ctx.db.selectFrom('venue_items').select('venue_id').where('id', '=', id).executeTakeFirst();
    if (!i) throw notFound('活动阵地检查项目');
    await loadVenue(ctx, ctx.db, i.venue_id);
  },
  async canWrite() {
    return false;
  },
};
