import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type World } from './fixtures.js';
import { apiClient } from './apiClient.js';

/**
 * Issue 7 §4 (VEN-1, VEN-2): venues of a branch or shared by several, their checklist ticked with photos (content-
 * checked images, in the same request) by the 书记 and 支委, confirmed by the 机关党委; members read.
 */
let w: World;
const { call, ok, refused, auditOf } = apiClient(() => w, ['venues', 'venue_branches', 'venue_items', 'attachments', 'files']);
const A = () => `/api/branches/${w.branchA}`;
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n').toString('base64');
const photo = (fileName = 'flag.png', contentBase64 = PNG) => ({ fileName, contentBase64 });
let room: string;
let board: string;

beforeAll(async () => {
  w = await buildWorld();
});
afterAll(async () => {
  await w.close();
});

type Item = { item: string; label: string; required: boolean; ticked: null | { photos: { id: string; fileName: string }[]; confirmedOn: string | null; note: string | null } };
const itemOf = (v: { items: Item[] }, key: string) => v.items.find((i) => i.item === key)!;

describe('venues and their checklist', () => {
  it('a 支委 records the room; its checklist is 一牌一旗二板 plus the optional items', async () => {
    const v = ok(await call('puba', 'POST', `${A()}/venues`, { kind: 'activityRoom', name: '三楼党员活动室', location: '办公楼三楼' }));
    room = v.id;
    expect(v.items.map((i: Item) => `${i.label}${i.required ? '*' : ''}`)).toEqual(['门牌*', '党旗*', '共性展板*', '个性展板*', '书柜', '荣誉展示柜', '资料架']);
    expect(v).toMatchObject({ branches: [{ name: '第一党支部' }], canWrite: true, retiredOn: null });
    expect((await auditOf(room)).map((e) => e.action)).toEqual(['venue.created']);
  });

  it('ticking takes a note and photos in the same request; the photos download through the attachment route', async () => {
    const v = ok(await call('secretarya', 'PUT', `/api/venues/${room}/items/flag`, { note: '会议室东墙', photos: [photo(), photo('flag2.png')] }));
    const flag = itemOf(v, 'flag');
    // who ticked reads as the person behind the account (张三, the 书记), not the login name
    expect(flag.ticked).toMatchObject({ note: '会议室东墙', confirmedOn: null, tickedBy: '张三' });
    expect(flag.ticked!.photos.map((p) => p.fileName)).toEqual(['flag.png', 'flag2.png']);
    const dl = await call('membera', 'GET', `/api/attachments/${flag.ticked!.photos[0]!.id}/content`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toContain('image/png');
    expect((await call('memberb', 'GET', `/api/attachments/${flag.ticked!.photos[0]!.id}/content`)).statusCode).toBe(404);
  });

  it('ticking the same item again updates it (one record), adds photos and clears the confirmation', async () => {
    ok(await call('admin', 'POST', `/api/venues/${room}/items/flag/confirm`));
    const v = ok(await call('orga', 'PUT', `/api/venues/${room}/items/flag`, { note: '更换新党旗', photos: [photo('new.png')] }));
    expect(itemOf(v, 'flag').ticked).toMatchObject({ note: '更换新党旗', confirmedOn: null });
    expect(itemOf(v, 'flag').ticked!.photos).toHaveLength(3);
    const rows = await w.database.db.selectFrom('venue_items').select('item').where('venue_id', '=', room).execute();
    expect(rows).toEqual([{ item: 'flag' }]);
  });

  it('the organ admin and the assessor confirm; members read but do not write', async () => {
    const v = ok(await call('assessor', 'POST', `/api/venues/${room}/items/flag/confirm`));
    expect(itemOf(v, 'flag').ticked).toMatchObject({ confirmedOn: '2026-11-24', confirmedBy: 'assessor' });
    const list = ok(await call('membera', 'GET', `${A()}/venues`));
    expect(list).toMatchObject({ canWrite: false, canConfirm: false, canShare: false });
    expect(list.venues.map((x: { name: string }) => x.name)).toEqual(['三楼党员活动室']);
    expect(ok(await call('admin', 'GET', `${A()}/venues`))).toMatchObject({ canWrite: true, canConfirm: true, canShare: true });
  });

  it('untick removes the record and its photos', async () => {
    ok(await call('secretarya', 'PUT', `/api/venues/${room}/items/sign`, { photos: [photo('sign.png')] }));
    const v = ok(await call('secretarya', 'DELETE', `/api/venues/${room}/items/sign`));
    expect(itemOf(v, 'sign').ticked).toBeNull();
    expect(itemOf(v, 'flag').ticked).not.toBeNull();
  });

  it('the organ admin shares a notice board between two branches; both see it, either keeps it', async () => {
    const v = ok(await call('admin', 'POST', `${A()}/venues`, { kind: 'noticeBoard', name: '一楼宣传栏', sharedWith: [w.branchB] }));
    board = v.id;
    expect(v.branches.map((b: { name: string }) => b.name).sort()).toEqual(['第一党支部', '第二党支部']);
    expect(v.items.map((i: Item) => i.item)).toEqual(['board']);
    const inB = ok(await call('memberb', 'GET', `/api/branches/${w.branchB}/venues`));
    expect(inB.venues.map((x: { name: string }) => x.name)).toEqual(['一楼宣传栏']);
    ok(await call('secretaryb', 'PUT', `/api/venues/${board}/items/board`, { photos: [photo('board.png')] }));
    // B's secretary does not see A's own room
    await refused(404, /不存在或您无权查看/, 'secretaryb', 'GET', `/api/venues/${room}`);
  });

  it('retiring keeps the venue but stops ticks', async () => {
    const v = ok(await call('secretarya', 'POST', `${A()}/venues`, { kind: 'activityRoom', name: '旧活动室' }));
    const r = ok(await call('secretarya', 'DELETE', `/api/venues/${v.id}`));
    expect(r).toMatchObject({ retiredOn: '2026-11-24', canWrite: false });
    await refused(400, /已停用/, 'secretarya', 'PUT', `/api/venues/${v.id}/items/flag`, { photos: [photo()] });
  });
});

describe('bad input changes nothing (issue 7)', () => {
  it('refuses a file that is not what its extension says, a non-image, a missing photo, an unknown item', async () => {
    await refused(400, /内容与扩展名不符/, 'secretarya', 'PUT', `/api/venues/${room}/items/commonBoard`, { photos: [photo('board.png', PDF)] });
    await refused(400, /须为图片/, 'secretarya', 'PUT', `/api/venues/${room}/items/commonBoard`, { photos: [photo('board.pdf', PDF)] });
    await refused(400, /不支持的文件类型|文件内容/, 'secretarya', 'PUT', `/api/venues/${room}/items/commonBoard`, { photos: [photo('board.png', Buffer.from('just text').toString('base64'))] });
    await refused(400, /至少一张照片/, 'secretarya', 'PUT', `/api/venues/${room}/items/commonBoard`, { photos: [] });
    await refused(400, /「board」不是该活动阵地的检查项目/, 'secretarya', 'PUT', `/api/venues/${room}/items/board`, { photos: [photo()] });
    await refused(400, /「tv」不是该活动阵地的检查项目/, 'secretarya', 'PUT', `/api/venues/${room}/items/tv`, { photos: [photo()] });
    await refused(400, /尚未打勾/, 'admin', 'POST', `/api/venues/${room}/items/branchBoard/confirm`);
    await refused(400, /请填写名称/, 'secretarya', 'POST', `${A()}/venues`, { kind: 'activityRoom', name: ' ' });
  });

  it('refuses a file over the limit', async () => {
    const admin = await w.login('admin');
    await w.app.inject({ method: 'PATCH', url: '/api/organ', headers: { cookie: admin }, payload: { attachmentMaxMB: 1 } });
    const big = Buffer.concat([Buffer.from(PNG, 'base64'), Buffer.alloc(1024 * 1024 + 10)]).toString('base64');
    await refused(400, /超过大小上限 1 MB/, 'secretarya', 'PUT', `/api/venues/${room}/items/commonBoard`, { photos: [photo('big.png', big)] });
    await w.app.inject({ method: 'PATCH', url: '/api/organ', headers: { cookie: admin }, payload: { attachmentMaxMB: 20 } });
  });

  it('who may not: sharing is the admin’s, confirming the admin’s or an assessor’s, writing the committee’s', async () => {
    await refused(403, /只有机关党委管理员可以设置几个支部共用/, 'secretarya', 'POST', `${A()}/venues`, { kind: 'noticeBoard', name: '共用栏', sharedWith: [w.branchB] });
    await refused(403, /只有机关党委管理员可以设置几个支部共用/, 'secretarya', 'PATCH', `/api/venues/${room}`, { branchIds: [w.branchA, w.branchB] });
    await refused(403, /只有机关党委管理员和考核人员可以确认/, 'secretarya', 'POST', `/api/venues/${room}/items/flag/confirm`);
    await refused(403, /只有机关党委管理员和本支部书记、支委/, 'membera', 'PUT', `/api/venues/${room}/items/commonBoard`, { photos: [photo()] });
    await refused(403, /只有机关党委管理员和本支部书记、支委/, 'leadera1', 'POST', `${A()}/venues`, { kind: 'activityRoom', name: '小组活动室' });
    await refused(404, /不存在或您无权查看/, 'secretaryb', 'PUT', `/api/venues/${room}/items/commonBoard`, { photos: [photo()] });
    await refused(404, /不存在或您无权查看/, 'memberb', 'GET', `${A()}/venues`);
    await refused(400, /不是本机关的党支部/, 'admin', 'POST', `${A()}/venues`, { kind: 'noticeBoard', name: '共用栏', sharedWith: ['00000000-0000-4000-8000-000000000000'] });
  });
});

describe('the check reads the ticks (VEN-1, VEN-2)', () => {
  it('the room is met once its four required items carry photos; the shared board counts for both branches', async () => {
    for (const k of ['sign', 'commonBoard', 'branchBoard']) ok(await call('secretarya', 'PUT', `/api/venues/${room}/items/${k}`, { photos: [photo(`${k}.png`)] }));
    const find = async (branchId: string, _rule: string) =>
      ok(await call('admin', 'GET', `/api/branches/${branchId}/check?year=2026`)).findings as { rule: string; status: string; message: string }[];
    const roomA = (await find(w.branchA, 'VEN-1.activity-room')).find((f) => f.rule === 'VEN-1.activity-room')!;
    expect(roomA).toMatchObject({ status: 'met' });
    expect(roomA.message).toContain('待机关党委确认');
    expect((await find(w.branchB, 'VEN-2.notice-board')).find((f) => f.rule === 'VEN-2.notice-board')).toMatchObject({ status: 'met' });
    expect((await find(w.branchB, 'VEN-1.activity-room')).find((f) => f.rule === 'VEN-1.activity-room')!.status).not.toBe('met');
  });
});

describe('the demo’s 活动阵地 (issue 7)', () => {
  it('a room shared by two branches and a notice board met; a group per branch; one list with exactly two outsiders', async () => {
    const { freshDatabase } = await import('./testDb.js');
    const { loadDemo } = await import('../src/demo/load.js');
    const { checkFindings } = await import('../src/features/check/service.js');
    const database = await freshDatabase();
    try {
      await loadDemo(database.db, '2026-11-24', 'test:demo');
      const organId = (await database.db.selectFrom('organs').select('id').executeTakeFirstOrThrow()).id;
      const photos = await database.db.selectFrom('attachments as a').innerJoin('files as f', 'f.sha256', 'a.file_sha256').select(['a.file_name', 'f.mime']).where('a.entity_type', '=', 'venueItem').execute();
      expect(photos.map((p) => p.file_name).sort()).toEqual(['个性展板.png', '党旗.png', '共性展板.png', '宣传栏.png', '门牌.png'].sort());
      expect(new Set(photos.map((p) => p.mime))).toEqual(new Set(['image/png']));
      const findings = await checkFindings(database.db, organId, 2026, '2026-11-24');
      const of = (rule: string) => findings.filter((f) => f.rule === rule);
      expect(of('VEN-1.activity-room').filter((f) => f.status === 'met')).toHaveLength(2);
      expect(of('VEN-2.notice-board').filter((f) => f.status === 'met')).toHaveLength(1);
      const chat = of('VEN-3.chat-group');
      expect(chat.length).toBeGreaterThanOrEqual(8);
      const unmet = chat.filter((f) => f.status !== 'met');
      expect(unmet.map((f) => f.branch)).toEqual([expect.stringContaining("研究室")]);
      expect(unmet[0]!.message).toMatch(/^以下人员不是本支部党员、预备党员或入党积极分子：[^、]+、张师傅。$/);
    } finally {
      await database.close();
    }
  });
});
