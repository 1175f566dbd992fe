import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorld, makeIdNumber, type World } from './fixtures.js';

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});
afterAll(async () => {
  await w.close();
});

async function get(username: string, url: string) {
  const cookie = await w.login(username);
  return w.app.inject({ method: 'GET', url, headers: { cookie } });
}

describe('roster visibility (contracts §4)', () => {
  it('书记 sees full ID numbers of own branch; another 支委 sees them masked', async () => {
    const full = (await get('secretarya', `/api/persons/${w.persons.memberA}`)).json();
    expect(full.idNumberMasked).toBe(false);
    expect(full.idNumber).toMatch(/^\d{17}[\dX]$/);
    const masked = (await get('puba', `/api/persons/${w.persons.memberA}`)).json();
    expect(masked.idNumberMasked).toBe(true);
    expect(masked.idNumber).toMatch(/^\d{3}\*+\d{3}[\dX]$/);
    expect(masked.idNumber.slice(-4)).toBe(full.idNumber.slice(-4));
    expect(masked.phone).toBe('13800001234');
  });

  it('组织委员 sees full ID numbers like the 书记', async () => {
    expect((await get('orga', `/api/persons/${w.persons.memberA}`)).json().idNumberMasked).toBe(false);
  });

  it('党小组长 lists only their own group, masked', async () => {
    const list = (await get('leadera1', '/api/persons')).json();
    expect(list.items.map((p: { name: string }) => p.name).sort()).toEqual(['赵六', '钱七'].sort());
    const masked = Object.fromEntries(list.items.map((p: { name: string; idNumberMasked: boolean }) => [p.name, p.idNumberMasked]));
    expect(masked).toEqual({ 钱七: true, 赵六: false }); // their own record is theirs in full
    expect((await get('leadera1', `/api/persons/${w.persons.orgA}`)).statusCode).toBe(404);
  });

  it('a member sees only their own record, in full; the roster is empty for them', async () => {
    const own = await get('membera', '/api/me/person');
    expect(own.json().name).toBe('钱七');
    expect(own.json().idNumberMasked).toBe(false);
    expect((await get('membera', `/api/persons/${w.persons.orgA}`)).statusCode).toBe(404);
    expect((await get('membera', '/api/persons')).json().items).toEqual([]);
  });

  it('party posts come from the records that own them', async () => {
    const list = (await get('secretarya', '/api/persons')).json();
    const posts = Object.fromEntries(list.items.map((p: { name: string; posts: string[] }) => [p.name, p.posts]));
    expect(posts['张三']).toEqual(['书记']);
    expect(posts['李四']).toEqual(['组织委员']);
    expect(posts['赵六']).toEqual(['党小组长（第一党小组）']);
    expect(posts['钱七']).toEqual([]);
  });
});

describe('roster search', () => {
  it('finds 张三 by the pinyin initials zs, and by full pinyin', async () => {
    const byInitials = (await get('secretarya', '/api/persons?q=zs')).json();
    expect(byInitials.items.map((p: { name: string }) => p.name)).toEqual(['张三']);
    const byPinyin = (await get('secretarya', '/api/persons?q=zhangs')).json();
    expect(byPinyin.items.map((p: { name: string }) => p.name)).toEqual(['张三']);
  });

  it('matches an ID number only for viewers who may see it in full', async () => {
    const detail = (await get('secretarya', `/api/persons/${w.persons.memberA}`)).json();
    const fragment = detail.idNumber.slice(6, 14);
    expect((await get('secretarya', `/api/persons?q=${fragment}`)).json().items.length).toBeGreaterThan(0);
    expect((await get('puba', `/api/persons?q=${fragment}`)).json().items).toEqual([]);
  });

  it('rebuilds the roster of a past date from membership dates', async () => {
    const admin = await w.login('admin');
    const move = await w.app.inject({
      method: 'POST',
      url: `/api/persons/${w.persons.memberA}/move`,
      headers: { cookie: admin },
      payload: { branchId: w.branchB, effectiveOn: '2026-06-01' },
    });
    expect(move.statusCode).toBe(200);
    const names = async (on: string) =>
      (await w.app.inject({ method: 'GET', url: `/api/persons?branchId=${w.branchA}&on=${on}`, headers: { cookie: admin } })).json().items.map((p: { name: string }) => p.name);
    expect(await names('2026-05-31')).toContain('钱七');
    expect(await names('2026-06-01')).not.toContain('钱七');
    const history = (await w.app.inject({ method: 'GET', url: `/api/persons/${w.persons.memberA}`, headers: { cookie: admin } })).json().memberships;
    expect(history.filter((m: { kind: string }) => m.kind === 'branch').map((m: { endOn: string | null }) => m.endOn)).toEqual(['2026-05-31', null]);
  });
});

describe('bad input changes nothing', () => {
  const base = () => ({ name: '新同志', category: 'full', joinedOn: '2015-07-01', confirmedOn: '2016-07-01', branchId: w.branchA });
  const cases: [string, () => object, RegExp][] = [
    ['a bad check digit', () => ({ idNumber: makeIdNumber('1990-01-01').slice(0, 17) + 'Y' }), /公民身份号码/],
    ['a wrong check digit', () => { const id = makeIdNumber('1990-01-01'); return { idNumber: id.slice(0, 17) + (id[17] === '1' ? '2' : '1') }; }, /校验位/],
    ['a birth date that disagrees with the ID', () => ({ idNumber: makeIdNumber('1990-01-01'), birthDate: '1990-01-02' }), /不一致/],
    ['the date 2019-13-01', () => ({ idNumber: makeIdNumber('1990-01-01'), joinedOn: '2019-13-01' }), /日期/],
    ['an unknown branch', () => ({ idNumber: makeIdNumber('1990-01-01'), branchId: '00000000-0000-4000-8000-000000000000' }), /党支部不存在/],
    ['a probationary member with a 转正 date', () => ({ idNumber: makeIdNumber('1990-01-01'), category: 'probationary' }), /预备党员/],
  ];
  for (const [what, patch, message] of cases) {
    it(`refuses ${what} with a Chinese message`, async () => {
      const admin = await w.login('admin');
      const before = await w.database.db.selectFrom('persons').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      const res = await w.app.inject({ method: 'POST', url: '/api/persons', headers: { cookie: admin }, payload: { ...base(), ...patch() } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(message);
      const after = await w.database.db.selectFrom('persons').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      expect(after.n).toEqual(before.n);
    });
  }

  it('refuses the same ID number twice', async () => {
    const admin = await w.login('admin');
    const detail = (await w.app.inject({ method: 'GET', url: `/api/persons/${w.persons.orgA}`, headers: { cookie: admin } })).json();
    const res = await w.app.inject({ method: 'POST', url: '/api/persons', headers: { cookie: admin }, payload: { ...base(), idNumber: detail.idNumber } });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toMatch(/已登记/);
  });
});

describe('record history', () => {
  it('shows who changed what, masking what the viewer may not see', async () => {
    const sec = await w.login('secretarya');
    const res = await w.app.inject({ method: 'PATCH', url: `/api/persons/${w.persons.pubA}`, headers: { cookie: sec }, payload: { phone: '13911112222', jobPost: '二级调研员' } });
    expect(res.statusCode).toBe(200);
    const h = (await w.app.inject({ method: 'GET', url: `/api/persons/${w.persons.pubA}/history`, headers: { cookie: sec } })).json().items;
    expect(h[0].actor).toBe('user:secretarya');
    expect(h[0].changes).toEqual(expect.arrayContaining([{ field: 'phone', before: '13800001234', after: '13911112222' }]));
    const created = h.find((e: { action: string }) => e.action === 'person.created');
    const pub = await w.login('puba');
    const masked = (await w.app.inject({ method: 'GET', url: `/api/persons/${w.persons.orgA}/history`, headers: { cookie: pub } })).json().items;
    const idChange = masked.find((e: { action: string }) => e.action === 'person.created').changes.find((c: { field: string }) => c.field === 'id_number');
    expect(idChange.after).toMatch(/\*/);
    expect(created).toBeTruthy();
  });
});
