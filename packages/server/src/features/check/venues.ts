import { sql, type Kysely } from 'kysely';
import { emptyVenueFacts, type VenueFacts, type VenueKind } from '@zhibu/domain';
import type { DB } from '../../db/types.js';
import type { FactRange } from './repository.js';

/**
 * Loads the 活动阵地 facts (VEN-1..3) of the branches in range, set-based: one query for all branches — each venue
 * row filed under every branch that uses it (with how many branches share it), each ticked item with its photo
 * count, and each branch's WeChat group with its member names. Arrays in JSON, not objects (json_build_object costs
 * PGlite four times as much). Keyed by branch id; a branch without records gets the empty facts from the caller.
 */
export async function loadVenueFacts(db: Kysely<DB>, r: FactRange): Promise<Map<string, VenueFacts>> {
  const inBranches = (col: string) => (r.branchIds ? sql`and ${sql.ref(col)} = any(${sql.val(r.branchIds)}::uuid[])` : sql``);
  type VenueRow = [branchId: string, id: string, kind: VenueKind, name: string, sharedBy: number, retiredOn: string | null, items: [string, string, number, string | null][] | null];
  type GroupRow = [branchId: string, id: string, name: string, managerPersonId: string | null, listedOn: string, members: string[] | null];
  const q = await sql<{ venues: VenueRow[] | null; groups: GroupRow[] | null }>`
    select
      (select json_agg(json_build_array(vb.branch_id, v.id, v.kind, v.name,
          (select count(*) from venue_branches o where o.venue_id = v.id),
          v.retired_on,
          (select json_agg(json_build_array(i.item, i.ticked_on,
              (select count(*) from attachments a where a.entity_type = 'venueItem' and a.entity_id = i.id and a.removed_at is null),
              i.confirmed_on))
            from venue_items i where i.venue_id = v.id)))
        from venues v join venue_branches vb on vb.venue_id = v.id
        where v.organ_id = ${r.organId} and (v.retired_on is null or v.retired_on >= ${r.from}::date) ${inBranches('vb.branch_id')}) as venues,
      (select json_agg(json_build_array(g.branch_id, g.id, g.name, g.manager_person_id, g.listed_on,
          (select array_agg(m.name order by m.seq) from chat_group_members m where m.chat_group_id = g.id)))
        from chat_groups g
        where g.organ_id = ${r.organId} ${inBranches('g.branch_id')}) as groups`.execute(db);
  const { venues, groups } = q.rows[0]!;
  const out = new Map<string, VenueFacts>();
  const of = (branchId: string) => {
    let f = out.get(branchId);
    if (!f) out.set(branchId, (f = emptyVenueFacts()));
    return f;
  };
  for (const [branchId, id, kind, name, sharedBy, retiredOn, items] of venues ?? []) {
    of(branchId).venues.push({
      id,
      kind,
      name,
      shared: Number(sharedBy) > 1,
      retiredOn,
      items: (items ?? []).map(([item, tickedOn, photos, confirmedOn]) => ({ item, tickedOn, photos: Number(photos), confirmedOn })),
    });
  }
  for (const [branchId, id, name, managerPersonId, listedOn, members] of groups ?? []) of(branchId).chatGroup = { id, name, managerPersonId, listedOn, members: members ?? [] };
  return out;
}
