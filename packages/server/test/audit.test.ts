import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { verifyAudit } from '../src/audit/audit.js';
import { buildWorld, type World } from './fixtures.js';

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});
afterAll(async () => {
  await w.close();
});

describe('audit trail (contracts §5)', () => {
  it('records actor, entity, before and after of a write in the same transaction', async () => {
    const cookie = await w.login('admin');
    await w.app.inject({ method: 'PATCH', url: `/api/branches/${w.branchB}`, headers: { cookie }, payload: { shortName: '第二支部' } });
    const e = await w.database.db.selectFrom('audit_log').selectAll().where('action', '=', 'branch.updated').executeTakeFirstOrThrow();
    expect(e.actor).toBe('user:admin');
    expect(e.entity_id).toBe(w.branchB);
    expect(e.before).toMatchObject({ shortName: '第二党支部' });
    expect(e.after).toMatchObject({ shortName: '第二支部' });
  });

  it('a refused write leaves no audit entry', async () => {
    const cookie = await w.login('admin');
    const n = async () => (await w.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n;
    const before = await n();
    const res = await w.app.inject({ method: 'PATCH', url: `/api/branches/${w.branchB}`, headers: { cookie }, payload: { shortName: '第一党支部' } });
    expect(res.statusCode).toBe(409);
    expect(await n()).toEqual(before);
  });

  it('verify passes on an intact chain', async () => {
    const r = await verifyAudit(w.database.db);
    expect(r.entries).toBeGreaterThan(10);
    expect(r.problems).toEqual([]);
  });

  it('verify detects an edited entry, then a deleted one', async () => {
    const target = await w.database.db.selectFrom('audit_log').select('seq').where('action', '=', 'person.created').orderBy('seq').executeTakeFirstOrThrow();
    await sql`update audit_log set after = jsonb_set(after, '{name}', '"篡改"') where seq = ${target.seq}`.execute(w.database.db);
    const r = await verifyAudit(w.database.db);
    expect(r.problems).toEqual([expect.objectContaining({ seq: target.seq, problem: expect.stringMatching(/已被修改/) })]);
    // remove the edited entry: the chain now breaks at its successor instead
    await w.database.db.deleteFrom('audit_log').where('seq', '=', target.seq).execute();
    const r2 = await verifyAudit(w.database.db);
    expect(r2.problems).toEqual([expect.objectContaining({ problem: expect.stringMatching(/链接断开/) })]);
  });

  it('verify detects a deleted entry in the middle of a chain', async () => {
    await w.close();
    w = await buildWorld();
    const rows = await w.database.db.selectFrom('audit_log').select('seq').orderBy('seq').execute();
    const middle = rows[Math.floor(rows.length / 2)]!.seq;
    await w.database.db.deleteFrom('audit_log').where('seq', '=', middle).execute();
    const r = await verifyAudit(w.database.db);
    expect(r.problems.length).toBe(1);
    expect(r.problems[0]!.problem).toMatch(/链接断开/);
  });
});
