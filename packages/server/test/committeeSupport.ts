import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { World } from './fixtures.js';

/** Helpers shared by committees.test.ts and elections.test.ts: HTTP calls as a user, and "nothing changed" checks. */
const TABLES = [
  'committees',
  'committee_members',
  'committee_vacancies',
  'committee_extensions',
  'elections',
  'election_nominees',
  'election_voters',
  'audit_log',
] as const;

export function committeeHelpers(getWorld: () => World) {
  const cookies = new Map<string, string>();
  /** A session per user, made once (a login is itself audited, so it must not fall inside a "nothing changed" check). */
  async function cookieFor(username: string | null): Promise<string | undefined> {
    if (!username) return undefined;
    const cookie = cookies.get(username) ?? (await getWorld().login(username));
    cookies.set(username, cookie);
    return cookie;
  }
  async function call(username: string | null, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object): Promise<LightMyRequestResponse> {
    const cookie = await cookieFor(username);
    return getWorld().app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
  }
  /** Row counts of the committee and election tables and of the audit log, plus the open state that writes change. */
  async function state(): Promise<string> {
    const db = getWorld().database.db;
    const parts: string[] = [];
    for (const t of TABLES) {
      const r = await db.selectFrom(t).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
      parts.push(`${t}:${r.n}`);
    }
    const open = await db.selectFrom('committee_members').select(['id', 'end_on', 'role', 'approved_on']).orderBy('id').execute();
    const terms = await db.selectFrom('committees').select(['id', 'ended_on']).orderBy('id').execute();
    const els = await db.selectFrom('elections').select(['id', 'status', 'early_approved_on', 'seats', 'note']).orderBy('id').execute();
    return JSON.stringify({ parts, open, terms, els });
  }
  /** Calls, expects the status and a Chinese message matching `message`, and that nothing changed. */
  async function refused(status: number, message: RegExp, username: string | null, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object) {
    await cookieFor(username);
    const before = await state();
    const res = await call(username, method, url, payload);
    expect(res.statusCode, res.body).toBe(status);
    const msg = res.json().error.message as string;
    expect(msg).toMatch(/[\u4e00-\u9fff]/);
    expect(msg).toMatch(message);
    expect(await state()).toBe(before);
    return msg;
  }
  return { call, state, refused };
}

export const ok = (res: LightMyRequestResponse) => {
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
