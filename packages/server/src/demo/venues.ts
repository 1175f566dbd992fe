import { randomUUID } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { addDays, mayBeInChatGroup, requiredVenueItems, type PersonCategory, type PersonStatus } from '@zhibu/domain';
import type { DB } from '../db/types.js';
import { bulkInsert } from '../db/bulk.js';
import { fileStoreFor, type FileStore } from '../features/attachments/store.js';

const U = 'uuid';
const T = 'text';
const D = 'date';

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/**
 * A small demo photo: a 48×32 PNG, red with a yellow band (a flag-like stand-in; a different band per item so
 * the photos differ).
 */
export function demoPhoto(seed: number): Buffer {
  const [w, h] = [48, 32];
  const rows: Buffer[] = [];
  for (let y = 0; y < h; y++) {
    const row = Buffer.alloc(1 + w * 3);
    for (let x = 0; x < w; x++) {
      const band = Math.abs(y - (4 + ((seed * 5) % 24))) < 3 && x < 24;
      row.set(band ? [255, 215, 0] : [200, 16, 46], 1 + x * 3);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * The demo's 活动阵地 (issue 7 §4–5), relative to `asOf`: a 党员活动室 shared by the first two branches with its four
 * required items ticked with a photo each (two confirmed by the 机关党委), the first branch's own 宣传栏 ticked, and
 * a WeChat group per branch named with its short or full name and run by its 书记. Its member list is the branch's
 * 党员 and 入党积极分子, but 研究室党支部's also holds two outsiders: the member who transferred from it to
 * 办公厅第一党支部 and a name unknown to the roster.
 */
export async function loadDemoVenues(trx: Kysely<DB>, organId: string, asOf: string, actor: string, files: FileStore = fileStoreFor({ backend: 'postgres', dataDir: null }), order: readonly string[] = []): Promise<void> {
  // in the dataset's order (办公厅第一党支部 first), as the README tells it; by name when no order is given
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const branches = (await trx.selectFrom('branches').select(['id', 'full_name', 'short_name']).where('organ_id', '=', organId).where('status', '=', 'active').orderBy('full_name').execute()).sort((a, b) => rank(a.id) - rank(b.id));
  if (branches.length < 2) return;
  const [b1, b2] = [branches[0]!, branches[1]!];
  const on = addDays(asOf, -60);
  const venues: Record<string, unknown>[] = [];
  const links: Record<string, unknown>[] = [];
  const items: Record<string, unknown>[] = [];
  const attachments: Record<string, unknown>[] = [];
  const room = randomUUID();
  const board = randomUUID();
  venues.push({ id: room, organ_id: organId, kind: 'activityRoom', name: '机关二楼党员活动室', location: '机关办公楼二楼东侧', note: `${b1.short_name}、${b2.short_name}共用` });
  venues.push({ id: board, organ_id: organId, kind: 'noticeBoard', name: `${b1.short_name}宣传栏`, location: '一楼大厅', note: null });
  links.push({ venue_id: room, branch_id: b1.id }, { venue_id: room, branch_id: b2.id }, { venue_id: board, branch_id: b1.id });
  const tick = async (venueId: string, item: string, label: string, seed: number, confirmed: boolean) => {
    const id = randomUUID();
    // ticked by the first branch's 书记 (demo account shuji), confirmed by the 机关党委's staff (admin)
    items.push({ id, venue_id: venueId, item, ticked_on: on, ticked_by: 'user:shuji', note: null, confirmed_on: confirmed ? addDays(on, 10) : null, confirmed_by: confirmed ? 'user:admin' : null });
    const { sha256 } = await files.put(trx, demoPhoto(seed), 'image/png');
    attachments.push({ id: randomUUID(), organ_id: organId, entity_type: 'venueItem', entity_id: id, slot: 'photo', file_sha256: sha256, file_name: `${label}.png`, uploaded_by: actor, uploaded_at: `${on}T10:00:00+08:00` });
  };
  // the 机关党委 has confirmed the first two items so far
  const required = requiredVenueItems('activityRoom');
  for (const [i, d] of required.entries()) await tick(room, d.key, d.label, i, i < 2);
  await tick(board, 'board', '宣传栏', required.length, false);
  await bulkInsert(trx, 'venues', venues, { id: U, organ_id: U, kind: T, name: T, location: T, note: T });
  await bulkInsert(trx, 'venue_branches', links, { venue_id: U, branch_id: U });
  await bulkInsert(trx, 'venue_items', items, { id: U, venue_id: U, item: T, ticked_on: D, ticked_by: T, note: T, confirmed_on: D, confirmed_by: T });
  await bulkInsert(trx, 'attachments', attachments, { id: U, organ_id: U, entity_type: T, entity_id: U, slot: T, file_sha256: T, file_name: T, uploaded_by: T, uploaded_at: 'timestamptz' });

  // the groups: each branch's 党员 and 入党积极分子 on the roster, run by its 书记
  // on the roster today and allowed in the group by the rule's own predicate, or having left the branch before today
  const rows = await sql<{ branch_id: string; name: string; category: PersonCategory; joined_on: string | null; confirmed_on: string | null; status: PersonStatus; start_on: string; end_on: string | null }>`
    select bm.branch_id, p.name, p.category, p.joined_on, p.confirmed_on, p.status, bm.start_on, bm.end_on
    from branch_memberships bm join persons p on p.id = bm.person_id join branches b on b.id = bm.branch_id
    where b.organ_id = ${organId} and bm.start_on <= ${asOf}::date
    order by p.name_pinyin`.execute(trx);
  const people = rows.rows.map((r) => ({
    branch_id: r.branch_id,
    name: r.name,
    ended: r.end_on !== null && r.end_on < asOf,
    allowed: mayBeInChatGroup({ name: r.name, category: r.category, joinedOn: r.joined_on, confirmedOn: r.confirmed_on, status: r.status, memberships: [{ startOn: r.start_on, endOn: r.end_on }] }, asOf),
  }));
  const secretaries = await sql<{ branch_id: string; person_id: string }>`
    select c.branch_id, cm.person_id from committee_members cm join committees c on c.id = cm.committee_id join branches b on b.id = c.branch_id
    where b.organ_id = ${organId} and cm.role = 'secretary' and c.ended_on is null and cm.end_on is null and cm.start_on <= ${asOf}::date`.execute(trx);
  const groups: Record<string, unknown>[] = [];
  const members: Record<string, unknown>[] = [];
  branches.forEach((b, i) => {
    const id = randomUUID();
    groups.push({ id, organ_id: organId, branch_id: b.id, name: i % 2 === 0 ? b.short_name : b.full_name, platform: '微信', manager_person_id: secretaries.rows.find((s) => s.branch_id === b.id)?.person_id ?? null, listed_on: addDays(asOf, -7), updated_at: `${addDays(asOf, -7)}T09:00:00+08:00` });
    const current = people.filter((p) => p.branch_id === b.id && p.allowed).map((p) => p.name);
    const names = [...new Set(current)];
    if (b.short_name === '研究室党支部') {
      const gone = people.find((p) => p.branch_id === b.id && p.ended && !current.includes(p.name));
      if (gone) names.splice(3, 0, gone.name);
      names.push('张师傅');
    }
    names.forEach((name, seq) => members.push({ chat_group_id: id, seq, name }));
  });
  await bulkInsert(trx, 'chat_groups', groups, { id: U, organ_id: U, branch_id: U, name: T, platform: T, manager_person_id: U, listed_on: D, updated_at: 'timestamptz' });
  await bulkInsert(trx, 'chat_group_members', members, { chat_group_id: U, seq: 'integer', name: T });
}
