import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type World } from './fixtures.js';
import { apiClient } from './apiClient.js';

/**
 * Issue 7 §5 (VEN-3): the branch WeChat group registry and its check — the name is the branch's full or short name,
 * the manager the 书记 or a 支委, every listed name a current 党员, 预备党员 or 入党积极分子 of the branch.
 */
let w: World;
const { call, ok, refused, auditOf } = apiClient(() => w, ['chat_groups', 'chat_group_members']);
const A = () => `/api/branches/${w.branchA}`;
const group = (over: object = {}) => ({ name: '第一党支部', platform: '微信', managerPersonId: w.persons.orgA, listedOn: '2026-11-20', members: '张三\n李四、王五，赵六, 钱七;孙八  郑一', ...over });

beforeAll(async () => {
  w = await buildWorld();
  // 陈三 transferred out of branch A in October
  await w.database.db.updateTable('branch_memberships').set({ end_on: '2026-10-01' }).where('person_id', '=', w.persons.spare3!).execute();
});
afterAll(async () => {
  await w.close();
});

describe('the group and its check', () => {
  it('nothing recorded yet: the officers to choose the manager from', async () => {
    const g = ok(await call('secretarya', 'GET', `${A()}/chat-group`));
    expect(g).toMatchObject({ group: null, check: null, canWrite: true, branch: { fullName: '中共测试机关第一党支部', shortName: '第一党支部' } });
    expect(g.officers.map((o: { name: string }) => o.name).sort()).toEqual(['张三', '李四', '王五'].sort());
  });

  it('a 支委 records it with a pasted list; all good', async () => {
    const g = ok(await call('puba', 'PUT', `${A()}/chat-group`, group()));
    expect(g.group).toMatchObject({ name: '第一党支部', platform: '微信', manager: { name: '李四' }, listedOn: '2026-11-20', members: ['张三', '李四', '王五', '赵六', '钱七', '孙八', '郑一'] });
    expect(g.check).toEqual({ nameOk: true, managerOk: true, outsiders: [], listed: 7 });
  });

  it('lists exactly the outsiders: someone transferred out, someone of another branch, a name unknown to the roster', async () => {
    const g = ok(await call('secretarya', 'PUT', `${A()}/chat-group`, group({ name: '中共测试机关第一党支部', members: '张三\n陈三\n吴十\n王大妈\n李四\n王大妈\n 孙八 ' })));
    expect(g.check).toEqual({ nameOk: true, managerOk: true, outsiders: ['陈三', '吴十', '王大妈'], listed: 6 });
    const rows = await w.database.db.selectFrom('chat_group_members').select('name').orderBy('seq').execute();
    expect(rows.map((r) => r.name)).toEqual(['张三', '陈三', '吴十', '王大妈', '李四', '王大妈', '孙八']);
    const id = (await w.database.db.selectFrom('chat_groups').select('id').executeTakeFirstOrThrow()).id;
    expect((await auditOf(id)).map((e) => e.action)).toEqual(['chatGroup.created', 'chatGroup.updated']);
  });

  it('a wrong name and a manager who is no officer are flagged (saved: the record is what the group is)', async () => {
    const g = ok(await call('secretarya', 'PUT', `${A()}/chat-group`, group({ name: '一支部学习群', managerPersonId: w.persons.memberA, members: '张三' })));
    expect(g.check).toEqual({ nameOk: false, managerOk: false, outsiders: [], listed: 1 });
  });

  it('the VEN-3 rule reads it', async () => {
    ok(await call('secretarya', 'PUT', `${A()}/chat-group`, group({ members: '张三 陈三 路人甲' })));
    const f = ok(await call('admin', 'GET', `${A()}/check?year=2026`)).findings.find((x: { rule: string }) => x.rule === 'VEN-3.chat-group');
    expect(f).toMatchObject({ status: 'unmet', message: '以下人员不是本支部党员、预备党员或入党积极分子：陈三、路人甲。' });
    const fb = ok(await call('admin', 'GET', `/api/branches/${w.branchB}/check?year=2026`)).findings.find((x: { rule: string }) => x.rule === 'VEN-3.chat-group');
    expect(fb).toMatchObject({ status: 'unmet', message: '支部没有登记微信群，请登记群名称、管理员和成员名单。' });
  });
});

describe('who sees and keeps it (contracts §4)', () => {
  it('a plain member reads the name and manager, not the member list nor its check', async () => {
    const g = ok(await call('membera', 'GET', `${A()}/chat-group`));
    expect(g.canWrite).toBe(false);
    expect(g.group).toMatchObject({ name: '第一党支部', manager: { name: '李四' }, members: null });
    expect(g.check).toMatchObject({ nameOk: true, managerOk: true, outsiders: null, listed: null });
    expect(JSON.stringify(g)).not.toContain('路人甲');
    expect(ok(await call('assessor', 'GET', `${A()}/chat-group`)).check.outsiders).toEqual(['陈三', '路人甲']);
  });

  it('refuses outsiders and plain members', async () => {
    await refused(404, /不存在或您无权查看/, 'secretaryb', 'GET', `${A()}/chat-group`);
    await refused(404, /不存在或您无权查看/, 'secretaryb', 'PUT', `${A()}/chat-group`, group());
    await refused(403, /只有机关党委管理员和本支部书记、支委/, 'membera', 'PUT', `${A()}/chat-group`, group());
    await refused(403, /只有机关党委管理员和本支部书记、支委/, 'leadera1', 'PUT', `${A()}/chat-group`, group());
    await refused(403, /只有机关党委管理员和本支部书记、支委/, 'assessor', 'PUT', `${A()}/chat-group`, group());
  });
});

describe('bad input changes nothing (issue 7)', () => {
  it('a manager not of the branch, another organ’s branch, too many names, a future list date, no name', async () => {
    await refused(400, /管理员不是本支部的人员/, 'secretarya', 'PUT', `${A()}/chat-group`, group({ managerPersonId: w.persons.secretaryB }));
    await refused(400, /管理员不是本支部的人员/, 'secretarya', 'PUT', `${A()}/chat-group`, group({ managerPersonId: w.persons.spare3 }));
    await refused(404, /党支部不存在|不存在或您无权查看/, 'admin', 'PUT', `/api/branches/00000000-0000-4000-8000-000000000000/chat-group`, group());
    const many = Array.from({ length: 501 }, (_, i) => `成员${i}`).join('\n');
    await refused(400, /成员名单最多500人，现有501人/, 'secretarya', 'PUT', `${A()}/chat-group`, group({ members: many }));
    await refused(400, /名单日期不能晚于今天/, 'secretarya', 'PUT', `${A()}/chat-group`, group({ listedOn: '2026-12-01' }));
    await refused(400, /请填写群名称/, 'secretarya', 'PUT', `${A()}/chat-group`, group({ name: '  ' }));
  });
});
