import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROSTER_HEADERS } from '@zhibu/domain';
import { buildWorld, type World } from './fixtures.js';
import { rosterXlsx, templateRow } from './rosterFile.js';

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});
afterAll(async () => {
  await w.close();
});

async function runJob(cookie: string, mode: 'preview' | 'apply', file: Buffer, query = '') {
  const start = await w.app.inject({ method: 'POST', url: `/api/imports/roster/${mode}?${query}`, headers: { cookie, 'content-type': 'application/octet-stream' }, payload: file });
  expect(start.statusCode).toBe(200);
  const { jobId } = start.json();
  for (let i = 0; i < 200; i++) {
    const j = (await w.app.inject({ method: 'GET', url: `/api/jobs/${jobId}`, headers: { cookie } })).json();
    if (j.status !== 'running') return j;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('job did not finish');
}

describe('roster import over HTTP (off the request, with progress)', () => {
  it('previews, then applies, through jobs; the template downloads with the contract’s headers', async () => {
    const cookie = await w.login('admin');
    const tpl = await w.app.inject({ method: 'GET', url: '/api/imports/roster/template', headers: { cookie } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    expect((wb.worksheets[0]!.getRow(1).values as string[]).slice(1)).toEqual(ROSTER_HEADERS);
    const file = await rosterXlsx([templateRow({ name: '网页导入甲', branch: '第一党支部' }), templateRow({ name: '网页导入乙', branch: '新建党支部' })]);
    const preview = await runJob(cookie, 'preview', file);
    expect(preview.status).toBe('done');
    expect(preview.result.problems.map((p: { column: string }) => p.column)).toEqual(['所在党支部']);
    const confirmed = await runJob(cookie, 'preview', file, 'createMissing=true');
    expect(confirmed.result).toMatchObject({ newBranches: ['新建党支部'], summary: { created: 2 }, applied: false });
    const applied = await runJob(cookie, 'apply', file, 'createMissing=true');
    expect(applied.result).toMatchObject({ applied: true, summary: { created: 2 } });
  });

  it('a file that is not a spreadsheet fails its job with a clear message; a branch secretary may not import', async () => {
    const cookie = await w.login('admin');
    const bad = await runJob(cookie, 'preview', Buffer.from('这不是表格'));
    expect(bad.status).toBe('failed');
    expect(bad.message).toMatch(/不是 Excel/);
    const sec = await w.login('secretarya');
    const res = await w.app.inject({ method: 'POST', url: '/api/imports/roster/preview', headers: { cookie: sec, 'content-type': 'application/octet-stream' }, payload: await rosterXlsx([]) });
    expect(res.statusCode).toBe(403);
  });

  it('a 50 MB upload is refused before it is read', async () => {
    const cookie = await w.login('admin');
    const res = await w.app.inject({ method: 'POST', url: '/api/imports/roster/preview', headers: { cookie, 'content-type': 'application/octet-stream' }, payload: Buffer.alloc(50 * 1024 * 1024) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toMatch(/超过大小上限/);
  });

  it('exports the roster as .xlsx in the template’s columns, ID numbers masked for a 支委 who may not see them', async () => {
    const read = async (username: string) => {
      const cookie = await w.login(username);
      const res = await w.app.inject({ method: 'GET', url: `/api/exports/roster.xlsx?branchId=${w.branchA}`, headers: { cookie } });
      expect(res.statusCode).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      const rows: string[][] = [];
      ws.eachRow((r) => rows.push((r.values as string[]).slice(1)));
      return rows;
    };
    const full = await read('secretarya');
    expect(full[0]).toEqual(ROSTER_HEADERS);
    const idCol = ROSTER_HEADERS.indexOf('公民身份号码');
    expect(full.slice(1).every((r) => /^\d{17}[\dX]$/.test(r[idCol]!))).toBe(true);
    const masked = await read('puba');
    const others = masked.slice(1).filter((r) => r[0] !== '王五'); // their own row is theirs in full
    expect(others.length).toBeGreaterThan(5);
    expect(others.every((r) => r[idCol]!.includes('*'))).toBe(true);
  });

  it('prints the branch’s 党员花名册 as a PDF whose Chinese text is extractable', async () => {
    const cookie = await w.login('secretarya');
    const res = await w.app.inject({ method: 'GET', url: '/api/exports/roster.pdf', headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibu-pdf-'));
    fs.writeFileSync(path.join(dir, 'r.pdf'), res.rawPayload);
    const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'r.pdf'), '-'], { encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    expect(text).toContain('中共测试机关第一党支部党员花名册');
    expect(text).toContain('张三');
    expect(text).toContain('书记');
    expect(text).not.toContain('孙八'); // an activist is not on the 花名册
    const member = await w.login('membera');
    expect((await w.app.inject({ method: 'GET', url: `/api/exports/roster.pdf?branchId=${w.branchA}`, headers: { cookie: member } })).statusCode).toBe(403);
  });
});
