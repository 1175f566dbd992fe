import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, type World } from './fixtures.js';
import { apiClient } from './apiClient.js';

/**
 * Issue 6 item 10 (MEM-5): the ledger of members in difficulty and their visits. Hardship details (contracts §4): the
 * organ admin, 书记/组织委员 and the other 支委 of the branch, the member themself — a 党小组长 or another member
 * never, not even that someone is in difficulty.
 */
let w: World;
const p = (key: string) => w.persons[key]!;
const { call, ok, refused, auditOf } = apiClient(() => w, ['hardships', 'care_visits']);
const A = () => `/api/branches/${w.branchA}`;
let visited: string;
let notVisited: string;

beforeAll(async () => {
  w = await buildWorld();
});
afterAll(async () => {
  await w.close();
});

describe('the ledger', () => {
  it('a lead records members in difficulty and visits; the list shows who was visited this year', async () => {
    const h = ok(await call('secretarya', 'POST', `${A()}/hardships`, { personId: p('memberA'), kind: 'illness', details: '本人住院治疗，医疗费用负担较重', sinceOn: '2026-05-01' }));
    expect(h).toMatchObject({ person: { name: '钱七' }, kind: 'illness', resolvedOn: null, visits: [], visitedThisYear: false });
    visited = h.id;
    const after = ok(await call('orga', 'POST', `/api/hardships/${h.id}/visits`, { visitedOn: '2026-06-01', kind: 'aid', visitors: '张三、李四', aidFen: 50000, description: '上门看望并送去慰问金' }));
    expect(after).toMatchObject({ visitedThisYear: true, visits: [{ kind: 'aid', aidFen: 50000, visitors: '张三、李四' }] });
    notVisited = ok(await call('orga', 'POST', `${A()}/hardships`, { personId: p('spare1'), kind: 'family', details: '家属重病需要照顾', sinceOn: '2026-09-01' })).id;
    const list = ok(await call('secretarya', 'GET', `${A()}/hardships?year=2026`));
    expect(list).toMatchObject({ year: 2026, reach: 'all', abilities: { write: true } });
    expect(Object.fromEntries(list.items.map((i: { person: { name: string }; visitedThisYear: boolean }) => [i.person.name, i.visitedThisYear]))).toEqual({ 钱七: true, 郑一: false });
    expect((await auditOf(h.id)).map((e) => e.action)).toEqual(['hardship.recorded']);
    const resolved = ok(await call('secretarya', 'PATCH', `/api/hardships/${h.id}`, { resolvedOn: '2026-11-01' }));
    expect(resolved.resolvedOn).toBe('2026-11-01');
    expect((await auditOf(h.id)).map((e) => e.action)).toEqual(['hardship.recorded', 'hardship.updated']);
  });

  it('refuses bad input and changes nothing', async () => {
    await refused(400, /吴十不是本支部的党员/, 'secretarya', 'POST', `${A()}/hardships`, { personId: p('memberB'), kind: 'financial', details: '经济困难', sinceOn: '2026-01-01' });
    await refused(400, /困难开始日期不能晚于今天/, 'secretarya', 'POST', `${A()}/hardships`, { personId: p('spare2'), kind: 'financial', details: '经济困难', sinceOn: '2026-12-01' });
    await refused(400, /请填写困难情况/, 'secretarya', 'POST', `${A()}/hardships`, { personId: p('spare2'), kind: 'financial', details: ' ', sinceOn: '2026-01-01' });
    await refused(400, /Invalid|无效|选项/, 'secretarya', 'POST', `${A()}/hardships`, { personId: p('spare2'), kind: 'poverty', details: '经济困难', sinceOn: '2026-01-01' });
    await refused(400, /走访日期不能早于困难开始日期/, 'secretarya', 'POST', `/api/hardships/${notVisited}/visits`, { visitedOn: '2026-08-01', kind: 'visit', visitors: '张三', description: '看望' });
    await refused(400, /帮扶救助请填写金额/, 'secretarya', 'POST', `/api/hardships/${notVisited}/visits`, { visitedOn: '2026-10-01', kind: 'aid', visitors: '张三', description: '看望' });
    await refused(400, /金额不能为负/, 'secretarya', 'POST', `/api/hardships/${notVisited}/visits`, { visitedOn: '2026-10-01', kind: 'aid', visitors: '张三', aidFen: -100, description: '看望' });
    await refused(400, /解决日期不能早于困难开始日期/, 'secretarya', 'PATCH', `/api/hardships/${notVisited}`, { resolvedOn: '2026-08-01' });
  });
});

describe('who sees hardship details (contracts §4)', () => {
  it('the admin and every 支委 of the branch see all, with details', async () => {
    for (const who of ['admin', 'orga', 'puba']) {
      const list = ok(await call(who, 'GET', `${A()}/hardships?year=2026`));
      expect(list.reach).toBe('all');
      expect(list.items.map((i: { details: string }) => i.details).sort()).toEqual(['家属重病需要照顾', '本人住院治疗，医疗费用负担较重']);
    }
  });

  it('the member sees their own record only; a 党小组长 and another member see nobody', async () => {
    const mine = ok(await call('membera', 'GET', `${A()}/hardships?year=2026`));
    expect(mine).toMatchObject({ reach: 'own', abilities: { write: false } });
    expect(mine.items.map((i: { person: { name: string } }) => i.person.name)).toEqual(['钱七']);
    expect(ok(await call('membera', 'GET', `/api/hardships/${visited}`)).details).toContain('住院');
    for (const who of ['leadera1', 'spare2']) {
      const list = await call(who, 'GET', `${A()}/hardships?year=2026`);
      expect(list.statusCode).toBe(200);
      expect(list.json().items).toEqual([]);
      expect(list.body).not.toMatch(/钱七|郑一|住院|重病/);
      await refused(404, /不存在或您无权查看/, who, 'GET', `/api/hardships/${visited}`);
    }
    await refused(404, /不存在或您无权查看/, 'membera', 'GET', `/api/hardships/${notVisited}`);
    await refused(404, /不存在或您无权查看/, 'secretaryb', 'GET', `${A()}/hardships`);
    await refused(404, /不存在或您无权查看/, 'assessor', 'GET', `/api/hardships/${visited}`);
  });

  it('only the admin and the 书记, 副书记, 组织委员 keep the ledger', async () => {
    await refused(403, /只有机关党委管理员和本支部书记、副书记、组织委员/, 'puba', 'POST', `${A()}/hardships`, { personId: p('spare2'), kind: 'financial', details: '经济困难', sinceOn: '2026-01-01' });
    await refused(403, /只有机关党委管理员和本支部书记、副书记、组织委员/, 'puba', 'POST', `/api/hardships/${notVisited}/visits`, { visitedOn: '2026-10-01', kind: 'visit', visitors: '王五', description: '看望' });
    await refused(404, /不存在或您无权查看/, 'membera', 'PATCH', `/api/hardships/${notVisited}`, { details: '改写' });
    await refused(403, /只有机关党委管理员和本支部书记、副书记、组织委员/, 'membera', 'PATCH', `/api/hardships/${visited}`, { details: '改写自己的' });
  });

  it('the check counts the members not yet visited, naming nobody', async () => {
    const check = ok(await call('secretarya', 'GET', `${A()}/check?year=2026`));
    const f = check.findings.find((x: { rule: string }) => x.rule === 'MEM-5.hardship-care');
    expect(f).toMatchObject({ status: 'dueSoon' });
    expect(f.message).toContain('1名困难党员尚未走访慰问');
    expect(JSON.stringify(f)).not.toMatch(/郑一|钱七/);
  });
});
