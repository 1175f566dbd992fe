import { isOrganAdmin } from '@zhibu/domain';
import type { z } from 'zod';
import type { ZWorkdaysPut } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { forbidden, invalid } from '../../errors.js';
import { listAdjustments } from './repository.js';

const ONLY = '只有机关党委管理员可以调整工作日';

export async function getWorkdays(ctx: Ctx) {
  if (!isOrganAdmin(ctx.viewer)) throw forbidden(ONLY);
  const rows = await listAdjustments(ctx.db, ctx.viewer.organId);
  return { items: rows.map((r) => ({ day: String(r.day), isWorkday: r.is_workday, note: r.note })) };
}

/** Replaces the organ's list of adjustments (a small table kept by the organ admin), audited before/after. */
export async function putWorkdays(ctx: Ctx, input: z.infer<typeof ZWorkdaysPut>) {
  if (!isOrganAdmin(ctx.viewer)) throw forbidden(ONLY);
  const days = input.items.map((i) => i.day);
  if (new Set(days).size !== days.length) throw invalid('同一天只能调整一次');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await listAdjustments(trx, ctx.viewer.organId);
    await trx.deleteFrom('workday_adjustments').where('organ_id', '=', ctx.viewer.organId).execute();
    if (input.items.length) {
      await trx
        .insertInto('workday_adjustments')
        .values(input.items.map((i) => ({ organ_id: ctx.viewer.organId, day: i.day, is_workday: i.isWorkday, note: i.note ?? null })))
        .execute();
    }
    await recordEvent(trx, ctx.actor, {
      organId: ctx.viewer.organId,
      action: 'workdays.updated',
      entityType: 'organ',
      entityId: ctx.viewer.organId,
      before: { items: before.map((r) => ({ day: String(r.day), isWorkday: r.is_workday, note: r.note })) },
      after: { items: input.items },
    });
  });
  return getWorkdays(ctx);
}
