import { VENUE_CHECKLISTS, type VenueKind } from '@zhibu/domain';
import type { Venue } from '@zhibu/schemas';
import type { VenueItemsTable, VenuesTable } from '../../db/typesVenues.js';

/** A venue with its whole checklist: each item of its kind, ticked or not. */
export function presentVenue(
  v: Omit<VenuesTable, 'created_at'>,
  branches: { id: string; name: string }[],
  items: VenueItemsTable[],
  photos: Map<string, { id: string; fileName: string }[]>,
  canWrite: boolean,
  /** audit actors → the names to show (the person behind the account) */
  names: ReadonlyMap<string, string>,
): Venue {
  return {
    id: v.id,
    kind: v.kind,
    name: v.name,
    location: v.location,
    note: v.note,
    retiredOn: v.retired_on,
    branches,
    canWrite: canWrite && v.retired_on === null,
    items: VENUE_CHECKLISTS[v.kind as VenueKind].map((d) => {
      const t = items.find((i) => i.item === d.key);
      return {
        item: d.key,
        label: d.label,
        hint: d.hint,
        required: d.required,
        ticked: t
          ? { tickedOn: t.ticked_on, tickedBy: names.get(t.ticked_by) ?? t.ticked_by, note: t.note, photos: photos.get(t.id) ?? [], confirmedOn: t.confirmed_on, confirmedBy: t.confirmed_by ? (names.get(t.confirmed_by) ?? t.confirmed_by) : null }
          : null,
      };
    }),
  };
}
