import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heading, paragraph, renderPdf, writeXlsxTable } from '../src/documents/index.js';
import { buildWorld, type World } from './fixtures.js';
import { apiClient } from './apiClient.js';

/**
 * Issue 7 §1–2 (LED-5 集中教育档案 as the example): papers uploaded into a category of a branch's year, and the
 * year bound in one click — a cover, the 卷内目录 with 页号, every item — with its catalog as .docx and .xlsx.
 */
let w: World;
const api = apiClient(() => w, ['archive_uploads', 'archive_bindings', 'attachments']);
const { call, ok, refused, auditOf } = api;
const A = () => `/api/branches/${w.branchA}`;
let plan: Buffer;
// a 1×1 PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const file = (fileName: string, bytes: Buffer) => ({ fileName, contentBase64: bytes.toString('base64') });
const upload = (o: object, user = 'secretarya') => call(user, 'POST', `${A()}/archives/uploads`, { year: 2026, category: 'education', kind: 'plan', title: '学习教育实施方案', issuedOn: '2026-04-02', docNo: '一支〔2026〕2号', ...o });

async function pdfText(bytes: Buffer): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibu-archive-'));
  fs.writeFileSync(path.join(dir, 'a.pdf'), bytes);
  const text = execFileSync('pdftotext', ['-layout', path.join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  return text;
}

async function waitJob(user: string, id: string) {
  for (let i = 0; i < 200; i++) {
    const j = ok(await call(user, 'GET', `/api/jobs/${id}`));
    if (j.status !== 'running') return j;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('job did not finish');
}

beforeAll(async () => {
  w = await buildWorld();
  plan = await renderPdf({ title: '学习教育实施方案', blocks: [heading('一、总体要求'), paragraph('正文'.repeat(800)), heading('二、主要措施'), paragraph('措施'.repeat(800))] });
});
afterAll(async () => {
  await w.close();
});

describe('uploads (LED-5)', () => {
  it('the committee uploads a PDF and an image; each is listed with its pages and catalog fields', async () => {
    const u = ok(await upload({ file: file('方案.pdf', plan) }));
    expect(u).toMatchObject({ category: 'education', kind: 'plan', kindLabel: '集中教育方案、计划、安排', title: '学习教育实施方案', docNo: '一支〔2026〕2号', fileName: '方案.pdf' });
    expect(u.pages).toBeGreaterThan(1);
    ok(await upload({ kind: 'summary', title: '学习教育工作总结', issuedOn: '2026-11-20', docNo: null, file: file('总结.png', PNG) }, 'orga'));
    const o = ok(await call('secretarya', 'GET', `${A()}/archives?year=2026`));
    const edu = o.categories.find((c: { key: string }) => c.key === 'education');
    expect(edu.uploads.map((x: { title: string; pages: number }) => [x.title, x.pages])).toEqual([['学习教育实施方案', u.pages], ['学习教育工作总结', 1]]);
    expect(o.categories.map((c: { clause: string }) => c.clause)).toEqual(['LED-1', 'LED-2', 'LED-3', 'LED-4', 'LED-5', 'LED-6', 'LED-7', 'LED-8']);
    expect(o.abilities.write).toBe(true);
    expect((await auditOf(u.id)).map((a) => a.action)).toEqual(['archive.uploaded']);
  });

  it('bad input changes nothing: a file that is not what its name says, a record kind, an unknown category, a date of another year', async () => {
    await refused(400, /扩展名|不符|实际/, 'secretarya', 'POST', `${A()}/archives/uploads`, { year: 2026, category: 'education', kind: 'plan', title: '伪装的文件', file: file('假的.pdf', PNG) });
    await refused(400, /系统记录生成/, 'secretarya', 'POST', `${A()}/archives/uploads`, { year: 2026, category: 'life', kind: 'meeting', title: '会议记录', file: file('a.pdf', plan) });
    await refused(400, /没有这个档案类别/, 'secretarya', 'POST', `${A()}/archives/uploads`, { year: 2026, category: 'secret', kind: 'plan', title: '会议记录', file: file('a.pdf', plan) });
    await refused(400, /所选年度/, 'secretarya', 'POST', `${A()}/archives/uploads`, { year: 2026, category: 'education', kind: 'plan', title: '旧方案', issuedOn: '2025-03-01', file: file('a.pdf', plan) });
    await refused(400, /PDF 或 PNG/, 'secretarya', 'POST', `${A()}/archives/uploads`, { year: 2026, category: 'education', kind: 'plan', title: '表格', file: file('a.xlsx', await writeXlsxTable({ sheet: '表', columns: [{ header: '姓名' }], rows: [['张三']] })) });
  });

  it('members, 党小组长 and another branch see nothing of it; an assessor reads but does not write', async () => {
    for (const u of ['membera', 'leadera1', 'secretaryb']) await refused(404, /党支部/, u, 'GET', `${A()}/archives?year=2026`);
    ok(await call('assessor', 'GET', `${A()}/archives?year=2026`));
    await refused(404, /党支部/, 'membera', 'POST', `${A()}/archives/uploads`, { year: 2026, category: 'education', kind: 'plan', title: '方案', file: file('a.pdf', plan) });
  });
});

describe('one-click binding (LED-5, 每年合订一次)', () => {
  it('binds the year: cover, 卷内目录 with each item’s 页号, the items; catalog also as .docx and .xlsx; re-binding is kept and audited', async () => {
    const { jobId } = ok(await call('secretarya', 'POST', `${A()}/archives/bind`, { year: 2026, category: 'education' }));
    const job = await waitJob('secretarya', jobId);
    expect(job).toMatchObject({ status: 'done' });
    const o = ok(await call('secretarya', 'GET', `${A()}/archives?year=2026`));
    const b = o.categories.find((c: { key: string }) => c.key === 'education').lastBinding;
    expect(b).toMatchObject({ fileName: 'LED-5-集中教育档案.pdf', items: 2 });
    const res = await call('assessor', 'GET', `/api/attachments/${b.files.pdf}/content`);
    expect(res.statusCode).toBe(200);
    const text = await pdfText(res.rawPayload);
    const planPages = b.pages - 1;
    // the catalog: both titles, their dates in 8 digits, 页号 1 and the page after the plan
    expect(text).toMatch(/学习教育实施方案.*20260402/);
    expect(text).toMatch(new RegExp(`学习教育工作总结.*20261120.*\\b${planPages + 1}\\b`));
    expect(text).toContain('集中教育档案');
    for (const slot of ['docx', 'xlsx']) expect((await call('secretarya', 'GET', `/api/attachments/${b.files[slot]}/content`)).statusCode).toBe(200);
    const again = ok(await call('orga', 'POST', `${A()}/archives/bind`, { year: 2026 }));
    expect((await waitJob('orga', again.jobId)).status).toBe('done');
    const rows = await w.database.db.selectFrom('archive_bindings').select(['category', 'bound_by']).where('branch_id', '=', w.branchA).execute();
    expect(rows.filter((r) => r.category === 'education')).toHaveLength(2);
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(['organization', 'members', 'life', 'education', 'excellence', 'funds']));
  });

  it('record books and 党费证 are not bound; a plain member cannot bind', async () => {
    await refused(400, /不合订/, 'secretarya', 'POST', `${A()}/archives/bind`, { year: 2026, category: 'recordBooks' });
    await refused(404, /党支部/, 'membera', 'POST', `${A()}/archives/bind`, { year: 2026 });
  });

  it('an upload removed with a reason leaves the list, and the removal is in the audit log', async () => {
    const o = ok(await call('secretarya', 'GET', `${A()}/archives?year=2026`));
    const id = o.categories.find((c: { key: string }) => c.key === 'education').uploads[1].id;
    await refused(400, /原因/, 'secretarya', 'POST', `/api/archives/uploads/${id}/remove`, { reason: '' });
    ok(await call('secretarya', 'POST', `/api/archives/uploads/${id}/remove`, { reason: '重复上传' }));
    const after = ok(await call('secretarya', 'GET', `${A()}/archives?year=2026`));
    expect(after.categories.find((c: { key: string }) => c.key === 'education').uploads).toHaveLength(1);
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['archive.uploaded', 'archive.removed']);
  });
});
