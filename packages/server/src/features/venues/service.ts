import { randomUUID } from 'node:crypto';
import { isOrganAdmin, venueItemDef, type VenueKind } from '@zhibu/domain';
import type { Venue, VenueInput, VenueList, VenueTick, VenueUpdate } from '@zhibu/schemas';
import type { Transaction } from 'kysely';
import type { Ctx } from '../../context.js';
import type { DB } from '../../db/types.js';
import { recordEvent } from '../../audit/audit.js';
import { actorNames } from '../../audit/actorNames.js';
import { forbidden, invalid, notFound } from '../../errors.js';
import { attachCarried, decodeCarried } from '../attachments/carried.js';
import type { FileStore } from '../attachments/store.js';
import { isAssessor, loadVenue, SHARE_ONLY, venueAccess, venueBranch } from './access.js';
import { presentVenue } from './presenter.js';
import { branchesOfVenues, findItem, itemsOfVenues, photosOfItems, venueBranchIds, venuesOfBranch } from './repository.js';

/** 活动阵地 (VEN-1, VEN-2): venues of one or several branches, their checklists ticked with photos, confirmed by the 机关党委. */

async function present(ctx: Ctx, db: Ctx['db'], venues: Awaited<ReturnType<typeof venuesOfBranch>>): Promise<Venue[]> {
  const ids = venues.map((v) => v.id);
  const [branches, items] = await Promise.all([branchesOfVenues(db, ids), itemsOfVenues(db, ids)]);
  const names = await actorNames(db, ctx.viewer.organId, items.flatMap((i) => [i.ticked_by, i.confirmed_by]));
  const photos = new Map<string, { id: string; fileName: string }[]>();
  for (const p of await photosOfItems(db, ctx.viewer.organId, items.map((i) => i.id))) photos.set(p.entity_id, [...(photos.get(p.entity_id) ?? []), { id: p.id, fileName: p.file_name }]);
  const out: Venue[] = [];
  for (const v of venues) {
    const bs = branches.filter((b) => b.venue_id === v.id).map((b) => ({ id: b.id, name: b.short_name }));
    const access = await venueAccess(ctx, db, bs.map((b) => b.id));
    out.push(presentVenue(v, bs, items.filter((i) => i.venue_id === v.id), photos, access.write, names));
  }
  return out;
}

export async function listVenues(ctx: Ctx, branchId: string): Promise<VenueList> {
  const b = await venueBranch(ctx, ctx.db, branchId);
  const venues = await venuesOfBranch(ctx.db, ctx.viewer.organId, branchId);
  const access = await venueAccess(ctx, ctx.db, [branchId]);
  return {
    branch: { id: b.id, name: b.short_name },
    canWrite: access.write && b.status === 'active',
    canConfirm: isOrganAdmin(ctx.viewer) || isAssessor(ctx.viewer),
    canShare: isOrganAdmin(ctx.viewer),
    venues: await present(ctx, ctx.db, venues),
  };
}

export async function getVenue(ctx: Ctx, id: string): Promise<Venue> {
  const { venue } = await loadVenue(ctx, ctx.db, id);
  return (await present(ctx, ctx.db, [venue]))[0]!;
}

/** The other branches named to share a venue: the organ admin only, active branches of the organ. */
async function checkBranches(ctx: Ctx, trx: Transaction<DB>, ids: readonly string[]) {
  if (!isOrganAdmin(ctx.viewer)) throw forbidden(SHARE_ONLY);
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const found = await trx.selectFrom('branches').select(['id', 'status']).where('organ_id', '=', ctx.viewer.organId).where('id', 'in', unique).execute();
  if (found.length !== unique.length) throw invalid('所选共用党支部不是本机关的党支部');
  if (found.some((b) => b.status !== 'active')) throw invalid('不能与已撤销的党支部共用活动阵地');
  return unique;
}

export async function createVenue(ctx: Ctx, branchId: string, input: VenueInput): Promise<Venue> {
  const id = randomUUID();
  await ctx.db.transaction().execute(async (trx) => {
    const b = await venueBranch(ctx, trx, branchId, 'write');
    if (b.status !== 'active') throw invalid('已撤销的党支部不能登记活动阵地');
    const others = input.sharedWith?.length ? await checkBranches(ctx, trx, input.sharedWith) : [];
    const branchIds = [...new Set([branchId, ...others])];
    const row = { id, organ_id: ctx.viewer.organId, kind: input.kind, name: input.name, location: input.location ?? null, note: input.note ?? null, retired_on: null };
    await trx.insertInto('venues').values(row).execute();
    await trx.insertInto('venue_branches').values(branchIds.map((bid) => ({ venue_id: id, branch_id: bid }))).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'venue.created', entityType: 'venue', entityId: id, after: { ...row, branchIds } });
  });
  return getVenue(ctx, id);
}

export async function updateVenue(ctx: Ctx, id: string, input: VenueUpdate): Promise<Venue> {
  await ctx.db.transaction().execute(async (trx) => {
    const { venue, branchIds } = await loadVenue(ctx, trx, id, 'write');
    if (venue.retired_on) throw invalid('该活动阵地已停用，不能修改');
    const patch = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.location !== undefined ? { location: input.location } : {}),
      ...(input.note !== undefined ? { note: input.note } : {}),
    };
    if (Object.keys(patch).length) await trx.updateTable('venues').set(patch).where('id', '=', id).execute();
    let after: string[] = branchIds;
    if (input.branchIds) {
      after = await checkBranches(ctx, trx, input.branchIds);
      await trx.deleteFrom('venue_branches').where('venue_id', '=', id).execute();
      await trx.insertInto('venue_branches').values(after.map((bid) => ({ venue_id: id, branch_id: bid }))).execute();
    }
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'venue.updated', entityType: 'venue', entityId: id, before: { ...venue, branchIds }, after: { ...patch, branchIds: after } });
  });
  return getVenue(ctx, id);
}

/** Retires a venue from today: kept (with its ticks and photos) for the years it served, no longer counted. */
export async function retireVenue(ctx: Ctx, id: string): Promise<Venue> {
  await ctx.db.transaction().execute(async (trx) => {
    const { venue } = await loadVenue(ctx, trx, id, 'write');
    if (venue.retired_on) throw invalid('该活动阵地已停用');
    await trx.updateTable('venues').set({ retired_on: ctx.today }).where('id', '=', id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'venue.retired', entityType: 'venue', entityId: id, before: venue, after: { retired_on: ctx.today } });
  });
  return getVenue(ctx, id);
}

function itemOf(kind: string, item: string) {
  const def = venueItemDef(kind as VenueKind, item);
  if (!def) throw invalid(`「${item}」不是该活动阵地的检查项目`);
  return def;
}

/**
 * Ticks an item with its photos, saved together or not at all: the photos travel in the same request (base64), are
 * type-checked from their bytes first (images only). Ticking an item already ticked updates it (one record per item):
 * the new photos join the earlier ones and the 机关党委's confirmation is cleared, since the evidence changed.
 */
export async function tickItem(ctx: Ctx, store: FileStore, id: string, item: string, input: VenueTick): Promise<Venue> {
  // who and what first (an outsider learns nothing from how their file is judged), the files' bytes next
  const { venue: v0 } = await loadVenue(ctx, ctx.db, id, 'write');
  itemOf(v0.kind, item);
  const files = await decodeCarried(ctx, input.photos, { test: (mime) => mime.startsWith('image/'), refusal: (name) => `照片「${name}」须为图片（JPG、PNG 等）` });
  if (files.length === 0) throw invalid('打勾须同时上传至少一张照片');
  await ctx.db.transaction().execute(async (trx) => {
    const { venue } = await loadVenue(ctx, trx, id, 'write');
    const def = itemOf(venue.kind, item);
    if (venue.retired_on) throw invalid('该活动阵地已停用，不能打勾');
    const before = await findItem(trx, id, item);
    const itemId = before?.id ?? randomUUID();
    const row = { ticked_on: ctx.today, ticked_by: ctx.actor, note: input.note ?? null, confirmed_on: null, confirmed_by: null };
    if (before) await trx.updateTable('venue_items').set(row).where('id', '=', itemId).execute();
    else await trx.insertInto('venue_items').values({ id: itemId, venue_id: id, item, ...row }).execute();
    const photos = [];
    for (const f of files) photos.push(await attachCarried(trx, store, ctx, { entityType: 'venueItem', entityId: itemId, slot: 'photo' }, f));
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'venue.itemTicked', entityType: 'venueItem', entityId: itemId, before: before ?? null, after: { venueId: id, item, label: def.label, ...row, photos } });
  });
  return getVenue(ctx, id);
}

/** Unticks an item: the record goes, its photos are removed (kept in the file store and the audit trail). */
export async function untickItem(ctx: Ctx, id: string, item: string): Promise<Venue> {
  await ctx.db.transaction().execute(async (trx) => {
    const { venue } = await loadVenue(ctx, trx, id, 'write');
    itemOf(venue.kind, item);
    if (venue.retired_on) throw invalid('该活动阵地已停用，不能修改');
    const before = await findItem(trx, id, item);
    if (!before) throw notFound('已打勾的检查项目');
    await trx.updateTable('attachments').set({ removed_at: new Date() }).where('entity_type', '=', 'venueItem').where('entity_id', '=', before.id).where('removed_at', 'is', null).execute();
    await trx.deleteFrom('venue_items').where('id', '=', before.id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'venue.itemUnticked', entityType: 'venueItem', entityId: before.id, before });
  });
  return getVenue(ctx, id);
}

/** The 机关党委 confirms a ticked item (in the assessment). */
export async function confirmItem(ctx: Ctx, id: string, item: string): Promise<Venue> {
  await ctx.db.transaction().execute(async (trx) => {
    const { venue } = await loadVenue(ctx, trx, id, 'confirm');
    itemOf(venue.kind, item);
    const before = await findItem(trx, id, item);
    if (!before) throw invalid('该项目尚未打勾，不能确认');
    const row = { confirmed_on: ctx.today, confirmed_by: ctx.actor };
    await trx.updateTable('venue_items').set(row).where('id', '=', before.id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'venue.itemConfirmed', entityType: 'venueItem', entityId: before.id, before, after: row });
  });
  return getVenue(ctx, id);
}

export { venueBranchIds };
