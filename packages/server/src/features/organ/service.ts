import { randomUUID } from 'node:crypto';
import { isOrganAdmin } from '@zhibu/domain';
import type { Organ, OrganSettings, Unit } from '@zhibu/schemas';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError, forbidden } from '../../errors.js';
import { readSettings } from './settings.js';
import { findOrgan, listUnits } from './repository.js';

export async function getOrgan(ctx: Ctx): Promise<Organ> {
  const organ = await findOrgan(ctx.db, ctx.viewer.organId);
  return { id: organ.id, name: organ.name, settings: readSettings(organ) };
}

/** Changes the organ's settings (organ admin); audited with the values before and after. */
export async function updateOrgan(ctx: Ctx, patch: Partial<OrganSettings>): Promise<Organ> {
  if (!isOrganAdmin(ctx.viewer)) throw forbidden('只有机关党委管理员可以修改机关设置');
  return ctx.db.transaction().execute(async (trx) => {
    const organ = await findOrgan(trx, ctx.viewer.organId);
    const before = readSettings(organ);
    const after = { ...before, ...patch };
    const { recordsStartOn, ...rest } = after;
    await trx
      .updateTable('organs')
      .set({ records_start_on: recordsStartOn, settings: JSON.stringify({ ...organ.settings, ...rest }) })
      .where('id', '=', organ.id)
      .execute();
    await recordEvent(trx, ctx.actor, { organId: organ.id, action: 'organ.updated', entityType: 'organ', entityId: organ.id, before, after });
    return { id: organ.id, name: organ.name, settings: after };
  });
}

export const getUnits = (ctx: Ctx): Promise<Unit[]> => listUnits(ctx.db, ctx.viewer.organId);

export async function createUnit(ctx: Ctx, name: string): Promise<Unit> {
  if (!isOrganAdmin(ctx.viewer)) throw forbidden('只有机关党委管理员可以新增委室/科室');
  return ctx.db.transaction().execute(async (trx) => {
    const exists = await trx.selectFrom('units').select('id').where('organ_id', '=', ctx.viewer.organId).where('name', '=', name).executeTakeFirst();
    if (exists) throw new AppError('CONFLICT', `委室/科室「${name}」已存在`);
    const unit = { id: randomUUID(), organ_id: ctx.viewer.organId, name };
    await trx.insertInto('units').values(unit).execute();
    await recordEvent(trx, ctx.actor, { organId: unit.organ_id, action: 'unit.created', entityType: 'unit', entityId: unit.id, after: unit });
    return { id: unit.id, name };
  });
}
