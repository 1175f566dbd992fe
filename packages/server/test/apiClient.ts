import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { DB } from '../src/db/types.js';
import type { World } from './fixtures.js';

/**
 * The API as a signed-in user, for the tests of a feature: calls, and a refused call that must answer a Chinese
 * message and change none of the feature's tables nor the audit log ("bad input changes nothing").
 */
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Table = keyof DB & string;

const iso = (_k: string, v: unknown) => (v instanceof Date ? v.toISOString() : v);

export function apiClient(world: () => World, tables: readonly Table[]) {
  const cookies = new Map<string, string>();
  async function cookieOf(user: string): Promise<string> {
    let cookie = cookies.get(user);
    if (!cookie) {
      cookie = await world().login(user);
      cookies.set(user, cookie);
    }
    return cookie;
  }
  async function call(user: string | null, method: Method, url: string, payload?: object): Promise<LightMyRequestResponse> {
    const headers = user ? { cookie: await cookieOf(user) } : {};
    return world().app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  }
  const ok = (res: LightMyRequestResponse) => {
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  async function state(): Promise<string> {
    const db = world().database.db;
    const parts: unknown[] = [(await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n];
    // rows sorted as text: a table's physical order is no contract
    for (const t of tables) parts.push((await db.selectFrom(t).selectAll().execute()).map((r) => JSON.stringify(r, iso)).sort());
    return JSON.stringify(parts, iso);
  }
  /** The call answers `status` with a Chinese message matching `message`, and nothing changes. */
  async function refused(status: number, message: RegExp, user: string, method: Method, url: string, payload?: object): Promise<string> {
    await cookieOf(user);
    const before = await state();
    const res = await call(user, method, url, payload);
    expect(res.statusCode, res.body).toBe(status);
    const msg = res.json().error.message as string;
    expect(msg).toMatch(/[\u4e00-\u9fff]/);
    expect(msg).toMatch(message);
    expect(await state()).toBe(before);
    return msg;
  }
  /** The audit entries of an entity, oldest first. */
  const auditOf = (entityId: string) => world().database.db.selectFrom('audit_log').select(['action', 'actor']).where('entity_id', '=', entityId).orderBy('seq').execute();
  async function upload(user: string, entityType: string, entityId: string) {
    return world().app.inject({
      method: 'POST',
      url: `/api/attachments?entityType=${entityType}&entityId=${entityId}`,
      headers: { cookie: await cookieOf(user), 'content-type': 'application/octet-stream', 'x-file-name': 'a.pdf' },
      payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
  }
  /** Closes a branch's record book of a year directly, as the record-book feature would (LED-1). */
  async function closeBook(branchId: string, year: number) {
    const w = world();
    await w.database.db.insertInto('record_books').values({ id: crypto.randomUUID(), organ_id: w.organId, branch_id: branchId, group_id: null, year, closed_on: `${year + 1}-01-05`, closed_by: 'test' }).execute();
  }
  return { call, ok, refused, state, cookieOf, auditOf, upload, closeBook };
}
