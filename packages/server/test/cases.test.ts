import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, TODAY, type World } from './fixtures.js';
import { caseProblems } from '@zhibu/domain';
import { apiClient } from './apiClient.js';
import { freshDatabase } from './testDb.js';
import { loadDemo } from '../src/demo/load.js';

/**
 * Issue 7 §7 (REQ-4) 典型经验库: branches submit cases, the 机关党委 reviews, publishes and promotes them, everyone in
 * the organ searches and reads what is published. Bad input (issue 7): an upload that is not what its extension says,
 * a case published by a branch user — a clear Chinese error, nothing saved.
 */
let w: World;
const { call, ok, refused, auditOf, cookieOf } = apiClient(() => w, ['cases', 'attachments', 'files']);
const A = () => `/api/branches/${w.branchA}`;
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082', 'hex');
const good = {
  title: '把主题党日办在项目一线',
  summary: '第一党支部将主题党日与重点项目攻坚结合，党员在一线亮身份、作承诺。',
  body: '一、主要做法\n每月主题党日安排在项目现场。\n\n二、取得成效\n项目提前两个月完工。',
  tags: ['主题党日', '业务融合'],
  clauses: ['LIFE-5', 'REQ-3'],
};
let draft: string;
let published: string;
let branchBCase: string;

async function upload(user: string, caseId: string, fileName: string, bytes: Buffer) {
  return w.app.inject({
    method: 'POST',
    url: `/api/attachments?entityType=case&entityId=${caseId}`,
    headers: { cookie: await cookieOf(user), 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) },
    payload: bytes,
  });
}

beforeAll(async () => {
  w = await buildWorld();
});
afterAll(async () => {
  await w.close();
});

describe('REQ-4 a case from draft to published', () => {
  it('a 书记 writes a draft with files, submits; the 机关党委 returns it with a reason, then publishes and promotes', async () => {
    const c = ok(await call('secretarya', 'POST', `${A()}/cases`, { ...good, tags: [' 主题党日 ', '业务融合', '主题党日'], clauses: ['req-3', 'LIFE-5'] }));
    expect(c).toMatchObject({ status: 'draft', branch: { name: '第一党支部' }, tags: ['主题党日', '业务融合'], clauses: ['LIFE-5', 'REQ-3'], promoted: false, submittedOn: null, abilities: { edit: true, submit: true, review: false } });
    published = c.id;
    expect((await upload('secretarya', c.id, '现场照片.png', PNG)).statusCode).toBe(200);
    expect((await upload('puba', c.id, '经验材料.pdf', PDF)).statusCode).toBe(200);

    const sub = ok(await call('orga', 'POST', `/api/cases/${c.id}/submit`));
    expect(sub).toMatchObject({ status: 'submitted', submittedOn: '2026-11-24', abilities: { edit: false, submit: false } });
    // the review queue of the 机关党委
    const queue = ok(await call('admin', 'GET', '/api/cases?status=submitted'));
    expect(queue.items.map((i: { title: string }) => i.title)).toEqual([good.title]);
    expect(queue.abilities.review).toBe(true);

    const ret = ok(await call('admin', 'POST', `/api/cases/${c.id}/return`, { reason: '请补充项目成效的具体数据' }));
    expect(ret).toMatchObject({ status: 'returned', returnReason: '请补充项目成效的具体数据' });
    const edited = ok(await call('secretarya', 'PATCH', `/api/cases/${c.id}`, { body: `${good.body}\n三、体会\n党建与业务同频共振，节约成本约120万元。` }));
    expect(edited.body).toContain('120万元');
    expect(edited).toMatchObject({ title: good.title, tags: ['主题党日', '业务融合'], clauses: ['LIFE-5', 'REQ-3'] }); // the rest kept
    ok(await call('secretarya', 'POST', `/api/cases/${c.id}/submit`));
    const pub = ok(await call('admin', 'POST', `/api/cases/${c.id}/publish`));
    expect(pub).toMatchObject({ status: 'published', publishedOn: '2026-11-24', returnReason: null, promoted: false });
    expect(pub.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['现场照片.png', '经验材料.pdf']);
    const pro = ok(await call('admin', 'POST', `/api/cases/${c.id}/promote`, { promoted: true }));
    expect(pro.promoted).toBe(true);
    expect((await auditOf(c.id)).map((e) => e.action)).toEqual(['case.created', 'case.submitted', 'case.returned', 'case.updated', 'case.submitted', 'case.published', 'case.promoted']);
  });

  it('everyone in the organ reads and searches published cases; promoted first', async () => {
    const b = ok(await call('secretaryb', 'POST', `/api/branches/${w.branchB}/cases`, { title: '党小组“微课堂”学习实践', summary: '党小组每周一次10分钟微课堂。', body: '做法：轮流领学。100%_参学率', tags: ['党小组', '学习'], clauses: ['ORG-4', 'LIFE-3'] }));
    branchBCase = b.id;
    ok(await call('secretaryb', 'POST', `/api/cases/${b.id}/submit`));
    ok(await call('admin', 'POST', `/api/cases/${b.id}/publish`));
    draft = ok(await call('puba', 'POST', `${A()}/cases`, { title: '支部草稿经验', summary: '尚未提交', body: '草稿正文', tags: ['草稿'], clauses: [] })).id;

    for (const who of ['membera', 'memberb', 'assessor', 'leadera1']) {
      const list = ok(await call(who, 'GET', '/api/cases'));
      expect(list.items.map((i: { title: string }) => i.title), who).toEqual([good.title, '党小组“微课堂”学习实践']);
      expect(list.items[0]).toMatchObject({ promoted: true, branch: { name: '第一党支部' } });
      expect(list.body ?? JSON.stringify(list)).not.toContain('支部草稿经验');
      expect(list.abilities).toEqual({ review: false, writeBranches: [] });
      expect(list.tags).not.toContain('草稿');
      const one = ok(await call(who, 'GET', `/api/cases/${published}`));
      expect(one.attachments).toHaveLength(2);
      expect(one.abilities).toEqual({ edit: false, submit: false, review: false });
    }
    const search = async (qs: string) => ok(await call('memberb', 'GET', `/api/cases?${qs}`)).items.map((i: { id: string }) => i.id);
    expect(await search(`q=${encodeURIComponent('120万元')}`)).toEqual([published]); // in the body
    expect(await search(`q=${encodeURIComponent('微课堂')}`)).toEqual([branchBCase]); // in the title
    expect(await search(`q=${encodeURIComponent('业务融合')}`)).toEqual([published]); // a tag
    expect(await search(`q=${encodeURIComponent('100%_')}`)).toEqual([branchBCase]); // % and _ literally
    expect(await search(`q=${encodeURIComponent('%')}`)).toEqual([branchBCase]);
    expect(await search(`q=${encodeURIComponent('草稿')}`)).toEqual([]);
    expect(await search(`tag=${encodeURIComponent('学习')}`)).toEqual([branchBCase]);
    expect(await search('clause=LIFE-5')).toEqual([published]);
    expect(await search('clause=life-3')).toEqual([branchBCase]);
    expect(await search(`branchId=${w.branchB}`)).toEqual([branchBCase]);
    expect(await search('pageSize=1&page=2')).toEqual([branchBCase]);
    expect(ok(await call('memberb', 'GET', '/api/cases?pageSize=1')).total).toBe(2);
  });

  it("a branch's committee also sees its own drafts; the other branch and plain members do not; the admin sees all", async () => {
    for (const who of ['secretarya', 'orga', 'puba']) {
      const list = ok(await call(who, 'GET', '/api/cases'));
      expect(list.items.map((i: { id: string }) => i.id).sort(), who).toEqual([published, branchBCase, draft].sort());
      expect(list.abilities.writeBranches).toEqual([{ id: w.branchA, name: '第一党支部' }]);
      expect(ok(await call(who, 'GET', `/api/cases/${draft}`)).abilities).toEqual({ edit: true, submit: true, review: false });
    }
    expect(ok(await call('secretaryb', 'GET', '/api/cases')).items.map((i: { id: string }) => i.id).sort()).toEqual([published, branchBCase].sort());
    const all = ok(await call('admin', 'GET', '/api/cases'));
    expect(all.items).toHaveLength(3);
    expect(all.abilities.writeBranches).toHaveLength(2);
    expect(ok(await call('admin', 'GET', '/api/cases?status=draft')).items.map((i: { id: string }) => i.id)).toEqual([draft]);
    for (const who of ['membera', 'leadera1', 'secretaryb', 'memberb', 'assessor']) {
      await refused(404, /经验不存在或您无权查看/, who, 'GET', `/api/cases/${draft}`);
      const files = await call(who, 'GET', `/api/attachments?entityType=case&entityId=${draft}`);
      expect(files.statusCode).toBe(404);
    }
  });
});

describe('REQ-4 who may do what', () => {
  it('a case published by a branch user is refused, nothing saved', async () => {
    const sub = ok(await call('secretarya', 'POST', `${A()}/cases`, { ...good, title: '待审核的经验' }));
    ok(await call('secretarya', 'POST', `/api/cases/${sub.id}/submit`));
    for (const who of ['secretarya', 'orga', 'puba']) {
      await refused(403, /只有机关党委可以发布经验/, who, 'POST', `/api/cases/${sub.id}/publish`);
      await refused(403, /只有机关党委可以退回经验/, who, 'POST', `/api/cases/${sub.id}/return`, { reason: '自己退回' });
      await refused(403, /只有机关党委可以推广经验/, who, 'POST', `/api/cases/${published}/promote`, { promoted: false });
    }
    await refused(404, /经验不存在/, 'membera', 'POST', `/api/cases/${sub.id}/publish`);
    await refused(404, /经验不存在/, 'secretaryb', 'POST', `/api/cases/${sub.id}/publish`);
  });

  it('only the branch committee or the admin writes a branch’s cases', async () => {
    for (const who of ['membera', 'leadera1', 'secretaryb', 'assessor']) {
      await refused(403, /只有本支部的书记、支委或机关党委可以撰写经验/, who, 'POST', `${A()}/cases`, good);
    }
    await refused(403, /只有本支部的书记、支委或机关党委可以编辑和提交经验/, 'secretaryb', 'PATCH', `/api/cases/${published}`, { title: '改别人的' });
    await refused(403, /编辑和提交/, 'membera', 'POST', `/api/cases/${published}/submit`);
    expect((await upload('membera', published, 'a.pdf', PDF)).statusCode).toBe(403);
    const byAdmin = ok(await call('admin', 'POST', `${A()}/cases`, { ...good, title: '机关党委代为录入' }));
    expect(byAdmin.branch.id).toBe(w.branchA);
  });
});

describe('REQ-4 bad input changes nothing', () => {
  it('content: unknown clause, empty title, too many tags, long tag, empty body', async () => {
    await refused(400, /未知的条款编号：LIFE-99/, 'secretarya', 'POST', `${A()}/cases`, { ...good, clauses: ['LIFE-5', 'LIFE-99'] });
    await refused(400, /请填写标题/, 'secretarya', 'POST', `${A()}/cases`, { ...good, title: '   ' });
    await refused(400, /标题不能超过100个字/, 'secretarya', 'POST', `${A()}/cases`, { ...good, title: '题'.repeat(101) });
    await refused(400, /标签最多10个/, 'secretarya', 'POST', `${A()}/cases`, { ...good, tags: Array.from({ length: 11 }, (_, i) => `标签${i}`) });
    await refused(400, /标签不能超过12个字/, 'secretarya', 'POST', `${A()}/cases`, { ...good, tags: ['一二三四五六七八九十十一十二'] });
    await refused(400, /请填写正文/, 'secretarya', 'POST', `${A()}/cases`, { ...good, body: '' });
    await refused(400, /摘要不能超过500个字/, 'secretarya', 'PATCH', `/api/cases/${draft}`, { summary: '要'.repeat(501) });
    await refused(400, /未知的条款编号：XYZ/, 'secretarya', 'PATCH', `/api/cases/${draft}`, { clauses: ['XYZ'] });
    await refused(404, /党支部不存在/, 'admin', 'POST', '/api/branches/00000000-0000-4000-8000-000000000001/cases', good);
  });

  it('state: editing a published or submitted case, publishing a draft, returning without a reason', async () => {
    await refused(409, /已发布的经验不能修改/, 'secretarya', 'PATCH', `/api/cases/${published}`, { title: '改标题' });
    await refused(409, /尚未提交审核，不能发布/, 'admin', 'POST', `/api/cases/${draft}/publish`);
    await refused(409, /只有已发布的经验可以推广/, 'admin', 'POST', `/api/cases/${draft}/promote`, { promoted: true });
    await refused(409, /草稿尚未提交审核，不能退回/, 'admin', 'POST', `/api/cases/${draft}/return`, { reason: '退回草稿' });
    const sub = ok(await call('orga', 'POST', `/api/cases/${draft}/submit`));
    await refused(409, /已提交审核，不能修改/, 'orga', 'PATCH', `/api/cases/${sub.id}`, { title: '再改' });
    await refused(400, /请填写退回原因/, 'admin', 'POST', `/api/cases/${sub.id}/return`, { reason: ' ' });
    await refused(409, /经验已发布/, 'admin', 'POST', `/api/cases/${published}/publish`);
    // a submitted case keeps the files it was submitted with
    expect((await upload('orga', sub.id, 'b.pdf', PDF)).statusCode).toBe(403);
  });

  it('an upload that is not what its extension says is refused, nothing saved', async () => {
    const c = ok(await call('secretarya', 'POST', `${A()}/cases`, { ...good, title: '带附件的草稿' }));
    const before = JSON.stringify(await w.database.db.selectFrom('attachments').selectAll().where('entity_id', '=', c.id).execute());
    const res = await upload('secretarya', c.id, '经验材料.pdf', PNG);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/文件内容与扩展名不符/);
    const exe = await upload('secretarya', c.id, '经验材料.docx', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]));
    expect(exe.statusCode).toBe(400);
    expect(JSON.stringify(await w.database.db.selectFrom('attachments').selectAll().where('entity_id', '=', c.id).execute())).toBe(before);
    expect(ok(await call('secretarya', 'GET', `/api/cases/${c.id}`)).attachments).toEqual([]);
  });

  it('a published case taken back by the 机关党委 loses its promotion and can be edited again', async () => {
    await refused(400, /请填写退回原因/, 'admin', 'POST', `/api/cases/${published}/return`, {});
    const back = ok(await call('admin', 'POST', `/api/cases/${published}/return`, { reason: '数据需核实后再公开' }));
    expect(back).toMatchObject({ status: 'returned', promoted: false, publishedOn: null, returnReason: '数据需核实后再公开', abilities: { edit: true } });
    expect(ok(await call('membera', 'GET', '/api/cases')).items.map((i: { id: string }) => i.id)).toEqual([branchBCase]);
    await refused(404, /经验不存在/, 'membera', 'GET', `/api/cases/${published}`);
  });
});

describe('REQ-4 the demo’s cases', () => {
  it('two published (one promoted, with its PDF), one waiting for review, one returned with a reason — all valid', async () => {
    const database = await freshDatabase();
    try {
      await loadDemo(database.db, TODAY, 'test:demo');
      const rows = await database.db.selectFrom('cases').selectAll().orderBy('submitted_on').execute();
      expect(rows.map((r) => [r.status, r.promoted])).toEqual([
        ['published', true],
        ['published', false],
        ['returned', false],
        ['submitted', false],
      ]);
      expect(new Set(rows.map((r) => r.branch_id)).size).toBe(4);
      for (const r of rows) {
        expect(caseProblems({ title: r.title, summary: r.summary, body: r.body, tags: r.tags, clauses: r.clauses }), r.title).toEqual([]);
        expect(r.submitted_on! <= TODAY).toBe(true);
        if (r.published_on) expect(r.published_on >= r.submitted_on! && r.published_on <= TODAY).toBe(true);
      }
      expect(rows.find((r) => r.status === 'returned')!.return_reason).toMatch(/请补充/);
      const files = await database.db.selectFrom('attachments').select(['entity_id', 'file_name']).where('entity_type', '=', 'case').execute();
      expect(files).toEqual([{ entity_id: rows[0]!.id, file_name: '典型经验材料.pdf' }]);
    } finally {
      await database.close();
    }
  });
});
