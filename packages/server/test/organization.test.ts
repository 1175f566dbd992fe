import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type World } from './fixtures.js';

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});
afterAll(async () => {
  await w.close();
});

const call = async (username: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
  const cookie = await w.login(username);
  return w.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
};

describe('organization tree', () => {
  it('the organ admin sets up a joint branch covering several units', async () => {
    const u1 = (await call('admin', 'POST', '/api/units', { name: '财政经济委员会' })).json();
    const u2 = (await call('admin', 'POST', '/api/units', { name: '教育科学文化卫生委员会' })).json();
    const res = await call('admin', 'POST', '/api/branches', { fullName: '中共测试机关财经教科文卫联合党支部', shortName: '财经教科文卫联合党支部', kind: 'joint', unitIds: [u1.id, u2.id], foundedOn: '2020-03-01' });
    expect(res.statusCode).toBe(200);
    expect(res.json().units.map((u: { name: string }) => u.name).sort()).toEqual(['教育科学文化卫生委员会', '财政经济委员会'].sort());
  });

  it('refuses a joint branch with one unit and a duplicate name', async () => {
    const u1 = (await call('admin', 'POST', '/api/units', { name: '研究室' })).json();
    const one = await call('admin', 'POST', '/api/branches', { fullName: '联合A', shortName: '联合A支部', kind: 'joint', unitIds: [u1.id] });
    expect(one.statusCode).toBe(400);
    expect(one.json().error.message).toMatch(/两个及以上/);
    const dup = await call('admin', 'POST', '/api/branches', { fullName: '中共测试机关第一党支部', shortName: '另一个', kind: 'single', unitIds: [] });
    expect(dup.statusCode).toBe(409);
  });

  it('branch counts and officers come from the roster and the posts', async () => {
    const b = (await call('admin', 'GET', `/api/branches/${w.branchA}`)).json();
    expect(b.fullMemberCount).toBe(8);
    expect(b.memberCount).toBe(8);
    expect(b.officers.map((o: { roleLabel: string }) => o.roleLabel)).toEqual(['书记', '组织委员', '宣传委员']);
    expect(b.groups[0]).toMatchObject({ name: '第一党小组', leader: { name: '赵六' }, memberCount: 2 });
  });

  it('dissolving a branch that still has members is refused; an empty one keeps its history', async () => {
    const busy = await call('admin', 'POST', `/api/branches/${w.branchA}/dissolve`, { effectiveOn: '2026-11-24', reason: '机构调整' });
    expect(busy.statusCode).toBe(400);
    expect(busy.json().error.message).toMatch(/仍有 \d+ 名在册人员/);
    const empty = (await call('admin', 'POST', '/api/branches', { fullName: '中共测试机关临时党支部', shortName: '临时党支部', kind: 'single', unitIds: [] })).json();
    const done = await call('admin', 'POST', `/api/branches/${empty.id}/dissolve`, { effectiveOn: '2026-11-24', reason: '机构调整' });
    expect(done.json()).toMatchObject({ status: 'dissolved', statusHistory: [{ status: 'dissolved', effectiveOn: '2026-11-24', reason: '机构调整' }] });
  });

  it('the branch 书记 creates a group and sets a leader from the branch; not from another branch', async () => {
    const g = await call('secretarya', 'POST', `/api/branches/${w.branchA}/groups`, { name: '第二党小组', leaderPersonId: w.persons.pubA });
    expect(g.statusCode).toBe(200);
    const bad = await call('secretarya', 'POST', `/api/branches/${w.branchA}/groups`, { name: '第三党小组', leaderPersonId: w.persons.memberB });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/本支部/);
  });

  it('a 宣传委员 may not create groups (403), a 书记 of another branch does not even see it (404)', async () => {
    expect((await call('puba', 'POST', `/api/branches/${w.branchA}/groups`, { name: '新小组' })).statusCode).toBe(403);
    expect((await call('secretaryb', 'GET', `/api/branches/${w.branchA}`)).statusCode).toBe(404);
  });

  it('the organ admin changes the records start date; it is audited', async () => {
    const res = await call('admin', 'PATCH', '/api/organ', { recordsStartOn: '2026-01-01' });
    expect(res.json().settings.recordsStartOn).toBe('2026-01-01');
    const bad = await call('admin', 'PATCH', '/api/organ', { recordsStartOn: '2026-02-30' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/启用日期/);
  });
});

describe('bulk accounts', () => {
  it('opens accounts for every member without one, usernames from pinyin, passwords shown once', async () => {
    const admin = await w.login('admin');
    const c = (await w.app.inject({ method: 'POST', url: '/api/branches', headers: { cookie: admin }, payload: { fullName: '中共测试机关账号党支部', shortName: '账号党支部', kind: 'single', unitIds: [] } })).json();
    const p = await w.app.inject({ method: 'POST', url: '/api/persons', headers: { cookie: admin }, payload: { name: '张三', idNumber: '11010519491231002X', category: 'full', joinedOn: '1975-07-01', confirmedOn: '1976-07-01', branchId: c.id } });
    expect(p.statusCode).toBe(200);
    const res = await w.app.inject({ method: 'POST', url: `/api/branches/${c.id}/accounts`, headers: { cookie: admin } });
    const { created } = res.json();
    expect(created).toHaveLength(1);
    expect(created[0].username).toBe('zhangsan');
    const login = await w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'zhangsan', password: created[0].password } });
    expect(login.json().mustChangePassword).toBe(true);
    const again = await w.app.inject({ method: 'POST', url: `/api/branches/${c.id}/accounts`, headers: { cookie: admin } });
    expect(again.json().created).toEqual([]);
  });
});
