import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';

type Db = Kysely<DB>;

export const findVenue = (db: Db, organId: string, id: string) =>
  db.selectFrom('venues').selectAll().where('organ_id', '=', organId).where('id', '=', id).executeTakeFirst();

export const venueBranchIds = async (db: Db, venueId: string) =>
  (await db.selectFrom('venue_branches').select('branch_id').where('venue_id', '=', venueId).execute()).map((r) => r.branch_id);

/** The venues a branch uses (own and shared), oldest first. */
export const venuesOfBranch = (db: Db, organId: string, branchId: string) =>
  db
    .selectFrom('venues as v')
    .innerJoin('venue_branches as vb', 'vb.venue_id', 'v.id')
    .selectAll('v')
    .where('v.organ_id', '=', organId)
    .where('vb.branch_id', '=', branchId)
    .orderBy('v.retired_on', (o) => o.nullsFirst())
    .orderBy('v.kind')
    .orderBy('v.created_at')
    .orderBy('v.id')
    .execute();

export async function branchesOfVenues(db: Db, venueIds: readonly string[]) {
  if (venueIds.length === 0) return [];
  return db
    .selectFrom('venue_branches as vb')
    .innerJoin('branches as b', 'b.id', 'vb.branch_id')
    .select(['vb.venue_id', 'b.id', 'b.short_name'])
    .where('vb.venue_id', 'in', [...venueIds])
    .orderBy('b.short_name')
    .execute();
}

export async function itemsOfVenues(db: Db, venueIds: readonly string[]) {
  if (venueIds.length === 0) return [];
  return db.selectFrom('venue_items').selectAll().where('venue_id', 'in', [...venueIds]).execute();
}

export async function photosOfItems(db: Db, organId: string, itemIds: readonly string[]) {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom('attachments')
    .select(['id', 'entity_id', 'file_name'])
    .where('organ_id', '=', organId)
    .where('entity_type', '=', 'venueItem')
    .where('entity_id', 'in', [...itemIds])
    .where('removed_at', 'is', null)
    .orderBy('uploaded_at')
    .orderBy('id')
    .execute();
}

export const findItem = (db: Db, venueId: string, item: string) =>
  db.selectFrom('venue_items').selectAll().where('venue_id', '=', venueId).where('item', '=', item).executeTakeFirst();
