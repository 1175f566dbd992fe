import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../packages/server/src/db/types.js';
import { bulkInsert } from '../packages/server/src/db/bulk.js';
import { currentMemberships, secretaries as secretariesOf } from './generatorShared.js';

/**
 * 活动阵地 and WeChat groups for a benchmark organ (VEN-1..3): a 党员活动室 per branch with its four required items
 * ticked (photos are not generated: VEN-1 then reads them as missing, which is work of the same size), and each
 * branch's group named as the branch, run by its 书记, listing its members by name plus one outsider in ten groups —
 * 60,000 names for a large organ, as the check loads them.
 */
export async function generateVenues(trx: Kysely<DB>, organId: string, asOf: string): Promise<void> {
  const members = await currentMemberships(trx, organId);
  const secretaries = new Map((await secretariesOf(trx, organId)).map((s) => [s.branch_id, s.person_id]));
  const branches = await trx.selectFrom('branches').select(['id', 'short_name']).where('organ_id', '=', organId).execute();
  const names = new Map((await trx.selectFrom('persons').select(['id', 'name']).where('organ_id', '=', organId).execute()).map((p) => [p.id, p.name]));
  const byBranch = new Map<string, string[]>();
  for (const m of members) byBranch.set(m.branch_id, [...(byBranch.get(m.branch_id) ?? []), names.get(m.person_id) ?? '']);
  const U = 'uuid';
  const venues: Record<string, unknown>[] = [];
  const links: Record<string, unknown>[] = [];
  const items: Record<string, unknown>[] = [];
  const groups: Record<string, unknown>[] = [];
  const listed: Record<string, unknown>[] = [];
  for (const [i, b] of branches.entries()) {
    const room = randomUUID();
    venues.push({ id: room, organ_id: organId, kind: 'activityRoom', name: `${b.short_name}活动室` });
    links.push({ venue_id: room, branch_id: b.id });
    for (const item of ['sign', 'flag', 'commonBoard', 'branchBoard']) items.push({ id: randomUUID(), venue_id: room, item, ticked_on: asOf, ticked_by: 'bench' });
    const g = randomUUID();
    groups.push({ id: g, organ_id: organId, branch_id: b.id, name: b.short_name, platform: '微信', manager_person_id: secretaries.get(b.id) ?? null, listed_on: asOf, updated_at: new Date() });
    const of = [...(byBranch.get(b.id) ?? [])];
    if (i % 10 === 0) of.push('群外人员');
    of.forEach((name, seq) => listed.push({ chat_group_id: g, seq, name }));
  }
  await bulkInsert(trx, 'venues', venues, { id: U, organ_id: U, kind: 'text', name: 'text' });
  await bulkInsert(trx, 'venue_branches', links, { venue_id: U, branch_id: U });
  await bulkInsert(trx, 'venue_items', items, { id: U, venue_id: U, item: 'text', ticked_on: 'date', ticked_by: 'text' });
  await bulkInsert(trx, 'chat_groups', groups, { id: U, organ_id: U, branch_id: U, name: 'text', platform: 'text', manager_person_id: U, listed_on: 'date', updated_at: 'timestamptz' });
  await bulkInsert(trx, 'chat_group_members', listed, { chat_group_id: U, seq: 'int', name: 'text' });
}
