import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { heading, pageCounts, paragraph, renderPdf, writeXlsxTable } from '../src/documents/index.js';
import { fileStoreFor } from '../src/features/attachments/store.js';
import { archiveWorkerRunning } from '../src/features/archives/renderer.js';
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
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(['recordBooks', 'organization', 'members', 'life', 'education', 'excellence', 'funds', 'duesCards']));
  });

  it('an unknown category or a year not begun is refused; a plain member cannot bind', async () => {
    await refused(400, /没有这个档案类别/, 'secretarya', 'POST', `${A()}/archives/bind`, { year: 2026, category: 'secret' });
    await refused(400, /尚未开始/, 'secretarya', 'POST', `${A()}/archives/bind`, { year: 2027 });
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

/** The catalog rows as pdftotext lays them out: 题名 (start), 日期, 页数, 页号 on the row's first line. */
function catalogRows(text: string) {
  const rows: { line: string; date: string; count: number; first: number }[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*\d+\s.*\s(\d{8})\s+\S+\s+(\d+)\s+(\d+)(\s|$)/.exec(line);
    if (m) rows.push({ line, date: m[1]!, count: Number(m[2]), first: Number(m[3]) });
  }
  return rows;
}
const pageTexts = (pdf: Buffer) => pdfText(pdf).then((t) => t.split('\f'));

describe('items made from records (LED-3, LED-4): no re-entry', () => {
  const m = (over: object) => ({ id: crypto.randomUUID(), organ_id: w.organId, branch_id: w.branchA, group_id: null, status: 'held' as const, start_time: '14:30', end_time: '16:00', place: '党员活动室', host_person_id: w.persons.secretaryA!, recorder_person_id: w.persons.orgA!, agenda: JSON.stringify(['传达学习上级精神']), resolutions: JSON.stringify([]), minutes: '会议传达学习了上级精神。', theme_day: null, ...over });
  let paperPages = 0;
  beforeAll(async () => {
    const store = fileStoreFor(w.database);
    const assembly = m({ kind: 'assembly', held_on: '2026-03-10', title: '学习贯彻全会精神' });
    const committee = m({ kind: 'committeeMeeting', held_on: '2026-05-12', title: '研究发展党员工作' });
    const group = m({ kind: 'groupMeeting', group_id: w.groupA1, held_on: '2026-06-15', title: '第一党小组学习' });
    const theme = m({ kind: 'themeDay', held_on: '2026-07-01', title: '七一主题党日', theme_day: JSON.stringify({ recitedConstitution: true, studied: true, forms: ['参观学习'] }) });
    const old = m({ kind: 'assembly', held_on: '2025-12-20', title: '上一年的会议' });
    const planned = m({ kind: 'assembly', held_on: '2026-12-20', title: '尚未召开的会议', status: 'planned' });
    paperPages = (await pageCounts([plan]))[0]!;
    await w.database.db.transaction().execute(async (trx) => {
      await trx.insertInto('meetings').values([assembly, committee, group, theme, old, planned] as never).execute();
      for (const [bytes, mime, name] of [[plan, 'application/pdf', '学习材料.pdf'], [PNG, 'image/png', '签到表.png']] as const) {
        const f = await store.put(trx, bytes, mime);
        await trx.insertInto('attachments').values({ id: crypto.randomUUID(), organ_id: w.organId, entity_type: 'meeting', entity_id: assembly.id, slot: 'papers', file_sha256: f.sha256, file_name: name, uploaded_by: 'test', uploaded_at: new Date() }).execute();
      }
      await trx.insertInto('talks').values({ id: crypto.randomUUID(), organ_id: w.organId, branch_id: w.branchA, talked_on: '2026-04-20', place: '书记办公室', talker_person_id: w.persons.secretaryA!, talkee_person_id: w.persons.memberA!, topics: '思想和工作情况', problems: null, follow_up: null }).execute();
      await trx.insertInto('transfers').values({ id: crypto.randomUUID(), organ_id: w.organId, branch_id: w.branchA, person_id: w.persons.spare3!, direction: 'out', kind: 'formal', letter_no: '2026-008', issued_on: '2026-08-01', valid_days: 30, other_org: '中共某某局机关委员会', effective_on: '2026-08-01', status: 'completed' }).execute();
    });
  });

  it('LED-4: every held meeting of the year with its papers merged after it, the talks; the catalog’s 页号 match the pages', async () => {
    const { jobId } = ok(await call('secretarya', 'POST', `${A()}/archives/bind`, { year: 2026, category: 'life' }));
    expect((await waitJob('secretarya', jobId)).status).toBe('done');
    const b = ok(await call('secretarya', 'GET', `${A()}/archives?year=2026`)).categories.find((c: { key: string }) => c.key === 'life').lastBinding;
    const pdf = (await call('secretarya', 'GET', `/api/attachments/${b.files.pdf}/content`)).rawPayload;
    const pages = await pageTexts(pdf);
    const rows = catalogRows(pages.join('\n'));
    // in the category's order: 三会一课 by date, then 主题党日, then talks; nothing of 2025, nothing only planned
    const expected = [
      ['支部党员大会记录：学习贯彻全会精神', '20260310'],
      ['支部委员会会议记录：研究发展党员工作', '20260512'],
      ['党小组会记录：第一党小组学习', '20260615'],
      ['主题党日记录：七一主题党日', '20260701'],
      ['谈心谈话记录（汇总台账', '20260420'],
    ];
    expect(rows.map((r) => r.date)).toEqual(expected.map((e) => e[1]));
    rows.forEach((r, i) => expect(r.line).toContain(expected[i]![0]));
    expect(rows[0]!.line).toContain('附材料 2 件');
    expect(b.items).toBe(5);
    // 页号 run on from 1 with each item's 页数; the meeting with papers carries the PDF's pages and the image's
    rows.forEach((r, i) => expect(r.first).toBe(i === 0 ? 1 : rows[i - 1]!.first + rows[i - 1]!.count));
    expect(rows[0]!.count).toBeGreaterThanOrEqual(paperPages + 2);
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(b.pages);
    const front = pages.filter((t) => t.trim()).length - b.pages;
    const at = (页号: number) => pages[front + 页号 - 1]!.replace(/\s+/g, '');
    // each item starts on the page its 页号 names, stamped with that number; the papers follow the record
    expect(at(1)).toContain('支部党员大会记录');
    expect(at(1)).toContain('会议传达学习了上级精神');
    expect(at(rows[0]!.count - paperPages)).toContain('一、总体要求');
    expect(at(rows[1]!.first)).toContain('研究发展党员工作');
    expect(at(rows[3]!.first)).toContain('重温入党誓词');
    expect(at(rows[4]!.first)).toContain('谈心谈话汇总台账');
    expect(at(rows[4]!.first)).toContain('思想和工作情况');
    expect(pages.join('')).not.toContain('上一年的会议');
    expect(pages.join('')).not.toContain('尚未召开的会议');
  });

  it('LED-3: the 花名册 as at today, the transfer letter with its number, the 党费 登记表 of each month so far', async () => {
    const { jobId } = ok(await call('orga', 'POST', `${A()}/archives/bind`, { year: 2026, category: 'members' }));
    expect((await waitJob('orga', jobId)).status).toBe('done');
    const b = ok(await call('orga', 'GET', `${A()}/archives?year=2026`)).categories.find((c: { key: string }) => c.key === 'members').lastBinding;
    const pages = await pageTexts((await call('orga', 'GET', `/api/attachments/${b.files.pdf}/content`)).rawPayload);
    const text = pages.join('\n');
    const rows = catalogRows(text);
    expect(rows.map((r) => r.date)).toEqual(['20261124', '20260801', '20261101']);
    expect(text).toMatch(/2026-008/);
    // the volume is read by every 支委 and the 考核人员: ID numbers masked, whoever bound it (contracts §4)
    expect(text).not.toMatch(/\d{17}[\dXx]/);
    expect(text).toMatch(/330\*{11}\d{3}[\dXx]/);
    rows.forEach((r, i) => expect(r.first).toBe(i === 0 ? 1 : rows[i - 1]!.first + rows[i - 1]!.count));
    const front = pages.filter((t) => t.trim()).length - b.pages;
    const at = (页号: number) => pages[front + 页号 - 1]!.replace(/\s+/g, '');
    expect(at(1)).toContain('党员花名册');
    expect(at(1)).toContain('钱七');
    expect(at(rows[1]!.first)).toContain('中国共产党党员组织关系介绍信');
    expect(at(rows[1]!.first)).toContain('陈三同志');
    // eleven months (January to November) of 登记表, one after another
    expect(rows[2]!.count).toBeGreaterThanOrEqual(11);
    expect(pages.filter((t) => t.includes('党费收缴登记表')).length).toBeGreaterThanOrEqual(11);
  });

  it('LED-1 and LED-8 bind as files of their own: the branch’s book, each group’s book, every member’s 党费证', async () => {
    const { jobId } = ok(await call('secretarya', 'POST', `${A()}/archives/bind`, { year: 2026, category: 'recordBooks' }));
    expect((await waitJob('secretarya', jobId)).status).toBe('done');
    const cards = ok(await call('secretarya', 'POST', `${A()}/archives/bind`, { year: 2026, category: 'duesCards' }));
    expect((await waitJob('secretarya', cards.jobId)).status).toBe('done');
    const o = ok(await call('secretarya', 'GET', `${A()}/archives?year=2026`));
    const books = o.categories.find((c: { key: string }) => c.key === 'recordBooks').lastBinding;
    expect(books.pdfs.map((f: { fileName: string }) => f.fileName)).toEqual(['LED-1-会议记录本.pdf', 'LED-1-会议记录本-第一党小组.pdf']);
    expect(books.files).toMatchObject({ docx: '', xlsx: '' });
    const branchBook = (await pdfText((await call('secretarya', 'GET', `/api/attachments/${books.pdfs[0].id}/content`)).rawPayload)).replace(/\s+/g, '');
    expect(branchBook).toContain('会议记录本');
    expect(branchBook).toContain('学习贯彻全会精神');
    expect(branchBook).not.toContain('第一党小组学习');
    const groupBook = (await pdfText((await call('secretarya', 'GET', `/api/attachments/${books.pdfs[1].id}/content`)).rawPayload)).replace(/\s+/g, '');
    expect(groupBook).toContain('第一党小组学习');
    const led8 = o.categories.find((c: { key: string }) => c.key === 'duesCards').lastBinding;
    expect(led8).toMatchObject({ fileName: 'LED-8-党费证.pdf', items: 8 });
    const cardText = (await pdfText((await call('secretarya', 'GET', `/api/attachments/${led8.files.pdf}/content`)).rawPayload)).replace(/\s+/g, '');
    for (const name of ['张三', '李四', '钱七', '陈三']) expect(cardText).toContain(`党费证${name}`);
    expect(cardText).not.toContain('孙八'); // an activist has no 党费证
  });

  it('the server answers while a year is bound: the rendering runs in a worker thread', async () => {
    const { jobId } = ok(await call('secretarya', 'POST', `${A()}/archives/bind`, { year: 2026 }));
    const answered: number[] = [];
    for (let i = 0; i < 100; i++) {
      const t0 = performance.now();
      const res = await call('membera', 'GET', '/api/me');
      expect(res.statusCode).toBe(200);
      const job = ok(await call('secretarya', 'GET', `/api/jobs/${jobId}`));
      if (job.status !== 'running') break;
      answered.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((await waitJob('secretarya', jobId)).status).toBe('done');
    expect(await archiveWorkerRunning()).toBe(true);
    // requests were answered while the job ran, none waiting for a volume to render
    expect(answered.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...answered)).toBeLessThan(2000);
    // an empty category still binds: its cover and a catalog saying 无
    const empty = ok(await call('secretarya', 'GET', `${A()}/archives?year=2026`)).categories.find((c: { key: string }) => c.key === 'excellence').lastBinding;
    expect(empty).toMatchObject({ items: 0, pages: 0 });
    const text = (await pdfText((await call('secretarya', 'GET', `/api/attachments/${empty.files.pdf}/content`)).rawPayload)).replace(/\s+/g, '');
    expect(text).toContain('创先争优档案卷内目录');
    expect(text).toContain('无（2026年度本类目没有归档材料）');
  });
});
