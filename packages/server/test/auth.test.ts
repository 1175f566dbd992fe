import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../src/audit/canonical.js';
import { buildWorld, PASSWORD, type World } from './fixtures.js';

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});
afterAll(async () => {
  await w.close();
});

const login = (username: string, password: string) =>
  w.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

describe('login and sessions', () => {
  it('logs in with the right password and sets an HttpOnly SameSite session cookie', async () => {
    const res = await login('secretarya', PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'zhibu_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const me = res.json();
    expect(me.person.name).toBe('张三');
    expect(me.branchRoles[0].roles).toEqual(['secretary']);
  });

  it('refuses a wrong password with a Chinese message and no cookie', async () => {
    const res = await login('secretarya', 'Wrong-pass-1');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toMatch(/用户名或密码错误/);
    expect(res.cookies).toHaveLength(0);
  });

  it('locks the account after 5 failures; the sixth attempt is refused even with the right password', async () => {
    for (let i = 1; i <= 4; i++) expect((await login('spare1', 'Wrong-pass-1')).statusCode).toBe(401);
    const fifth = await login('spare1', 'Wrong-pass-1');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.message).toMatch(/锁定 15 分钟/);
    const sixth = await login('spare1', PASSWORD);
    expect(sixth.statusCode).toBe(423);
    expect(sixth.json().error.message).toMatch(/已锁定/);
  });

  it('an expired session answers 401 with a timeout message', async () => {
    const cookie = await w.login('membera');
    const token = cookie.split('=')[1]!;
    await w.database.db.updateTable('sessions').set({ last_seen_at: new Date(Date.now() - 31 * 60_000) }).where('token_hash', '=', sha256(token)).execute();
    const res = await w.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toMatch(/超时/);
  });

  it('logout ends the session', async () => {
    const cookie = await w.login('membera');
    await w.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect((await w.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
  });
});

describe('passwords', () => {
  it('a reset password must be changed first; other routes answer PASSWORD_CHANGE_REQUIRED until then', async () => {
    const admin = await w.login('admin');
    const accounts = (await w.app.inject({ method: 'GET', url: `/api/accounts?branchId=${w.branchA}`, headers: { cookie: admin } })).json().items;
    const target = accounts.find((a: { username: string }) => a.username === 'spare2');
    const reset = await w.app.inject({ method: 'POST', url: `/api/accounts/${target.id}/reset-password`, headers: { cookie: admin } });
    const { password } = reset.json();
    const cookie = await w.login('spare2', password);
    const blocked = await w.app.inject({ method: 'GET', url: '/api/branches', headers: { cookie } });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await w.app.inject({ method: 'POST', url: '/api/me/password', headers: { cookie }, payload: { currentPassword: password, newPassword: 'abc' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toMatch(/至少 8 位/);
    const ok = await w.app.inject({ method: 'POST', url: '/api/me/password', headers: { cookie }, payload: { currentPassword: password, newPassword: 'New-pass-2026' } });
    expect(ok.statusCode).toBe(200);
    expect((await w.app.inject({ method: 'GET', url: '/api/branches', headers: { cookie } })).statusCode).toBe(200);
  });

  it('a branch secretary may reset their own members, not another branch’s', async () => {
    const sec = await w.login('secretarya');
    const own = (await w.app.inject({ method: 'GET', url: `/api/accounts?branchId=${w.branchA}`, headers: { cookie: sec } })).json().items;
    const mine = own.find((a: { username: string }) => a.username === 'membera');
    expect((await w.app.inject({ method: 'POST', url: `/api/accounts/${mine.id}/reset-password`, headers: { cookie: sec } })).statusCode).toBe(200);
    const other = await w.database.db.selectFrom('accounts').select('id').where('username', '=', 'memberb').executeTakeFirstOrThrow();
    const res = await w.app.inject({ method: 'POST', url: `/api/accounts/${other.id}/reset-password`, headers: { cookie: sec } });
    expect(res.statusCode).toBe(404);
  });

  it('never writes passwords or hashes into the audit log', async () => {
    const cookie = await w.login('spare3');
    await w.app.inject({ method: 'POST', url: '/api/me/password', headers: { cookie }, payload: { currentPassword: PASSWORD, newPassword: 'New-pass-2026' } });
    const rows = await w.database.db.selectFrom('audit_log').select(['before', 'after']).execute();
    const text = JSON.stringify(rows);
    expect(text).not.toContain('New-pass-2026');
    expect(text).not.toContain('scrypt$');
  });
});
