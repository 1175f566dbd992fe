import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type World } from './fixtures.js';

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});
afterAll(async () => {
  await w.close();
});

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);

async function upload(username: string, personKey: string, name: string, bytes: Buffer) {
  const cookie = await w.login(username);
  return w.app.inject({
    method: 'POST',
    url: `/api/attachments?entityType=person&entityId=${w.persons[personKey]}&slot=other`,
    headers: { cookie, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(name) },
    payload: bytes,
  });
}

describe('attachments (contracts §6)', () => {
  it('stores a PDF by its SHA-256 and gives it back to those who may see the record', async () => {
    const res = await upload('secretarya', 'memberA', '入党申请书.pdf', PDF);
    expect(res.statusCode).toBe(200);
    const a = res.json();
    expect(a).toMatchObject({ fileName: '入党申请书.pdf', mime: 'application/pdf', size: PDF.length });
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    const cookie = await w.login('membera');
    const dl = await w.app.inject({ method: 'GET', url: `/api/attachments/${a.id}/content`, headers: { cookie } });
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(PDF)).toBe(true);
    expect(dl.headers['content-disposition']).toContain(encodeURIComponent('入党申请书.pdf'));
    const other = await w.login('secretaryb');
    expect((await w.app.inject({ method: 'GET', url: `/api/attachments/${a.id}/content`, headers: { cookie: other } })).statusCode).toBe(404);
  });

  it('refuses an executable, whatever its name says', async () => {
    const res = await upload('secretarya', 'memberA', '照片.png', ELF);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/不支持的文件类型/);
  });

  it('refuses a file whose content is not what its extension says', async () => {
    const res = await upload('secretarya', 'memberA', '决议.pdf', PNG);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/文件内容与扩展名不符/);
  });

  it('refuses a file over the organ’s size limit, and nothing is stored', async () => {
    const admin = await w.login('admin');
    await w.app.inject({ method: 'PATCH', url: '/api/organ', headers: { cookie: admin }, payload: { attachmentMaxMB: 1 } });
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 10, 0x20)]);
    const before = await w.database.db.selectFrom('files').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const res = await upload('secretarya', 'memberA', '大文件.pdf', big);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/超过大小上限 1 MB/);
    const after = await w.database.db.selectFrom('files').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);
    await w.app.inject({ method: 'PATCH', url: '/api/organ', headers: { cookie: admin }, payload: { attachmentMaxMB: 20 } });
  });

  it('a member may read their own record’s files but not attach; a 支委 without edit rights may not attach', async () => {
    expect((await upload('membera', 'memberA', 'a.png', PNG)).statusCode).toBe(403);
    expect((await upload('puba', 'memberA', 'a.png', PNG)).statusCode).toBe(403);
    expect((await upload('secretaryb', 'memberA', 'a.png', PNG)).statusCode).toBe(404);
  });

  it('the same bytes twice are stored once', async () => {
    await upload('secretarya', 'orgA', '1.png', PNG);
    await upload('secretarya', 'pubA', '2.png', PNG);
    const files = await w.database.db.selectFrom('files').selectAll().where('mime', '=', 'image/png').execute();
    expect(files).toHaveLength(1);
  });
});
