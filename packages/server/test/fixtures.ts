import type { FastifyInstance } from 'fastify';
import { idCheckChar, type BranchRole, type Viewer } from '@zhibu/domain';
import type { Ctx } from '../src/context.js';
import type { Database } from '../src/db/open.js';
import { buildApp } from '../src/http/app.js';
import { insertOrgan } from '../src/features/organ/create.js';
import { insertAccount } from '../src/features/accounts/service.js';
import { assignPost, createBranch, createGroup } from '../src/features/branches/service.js';
import { createPerson } from '../src/features/persons/service.js';
import { freshDatabase } from './testDb.js';

export const TODAY = '2026-11-24';
export const PASSWORD = 'Test-pass-2026';

let seq = 100;
/** A valid 18-digit ID number (GB 11643) for a birth date; odd sequence = male. */
export function makeIdNumber(birthDate: string, gender: 'male' | 'female' = 'male'): string {
  seq += 2;
  const s = String(gender === 'male' ? seq + 1 : seq).padStart(3, '0').slice(-3);
  const body = `330102${birthDate.replaceAll('-', '')}${s}`;
  return body + idCheckChar(body);
}

export function adminCtx(db: Database['db'], organId: string, today = TODAY): Ctx {
  const viewer: Viewer = { accountId: 'test', organId, personId: null, organRoles: ['organAdmin'], branchRoles: {}, ledGroups: [] };
  return { db, viewer, actor: 'test:fixture', today };
}

export interface World {
  database: Database;
  app: FastifyInstance;
  organId: string;
  branchA: string;
  branchB: string;
  groupA1: string;
  persons: Record<string, string>;
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Two branches with people and accounts for every role of contracts §4:
 * A: secretaryA (书记), orgA (组织委员), pubA (宣传委员), leaderA1 (党小组长, no committee post), memberA, activistA;
 * B: secretaryB, memberB. Plus `admin` (organ admin) and `assessor`. All with PASSWORD, no forced change.
 */
export async function buildWorld(opts: { today?: string } = {}): Promise<World> {
  const today = opts.today ?? TODAY;
  const database = await freshDatabase();
  const db = database.db;
  const organId = await db.transaction().execute((trx) => insertOrgan(trx, 'test:fixture', { name: '测试机关', recordsStartOn: '2025-01-01' }));
  const ctx = adminCtx(db, organId, today);
  const a = await createBranch(ctx, { fullName: '中共测试机关第一党支部', shortName: '第一党支部', kind: 'single', unitIds: [], foundedOn: '2010-07-01' });
  const b = await createBranch(ctx, { fullName: '中共测试机关第二党支部', shortName: '第二党支部', kind: 'single', unitIds: [], foundedOn: '2012-07-01' });
  const persons: Record<string, string> = {};
  const add = async (key: string, name: string, branchId: string, category: 'full' | 'probationary' | 'activist' = 'full', birth = '1985-03-15') => {
    const p = await createPerson(ctx, {
      name,
      idNumber: makeIdNumber(birth),
      category,
      joinedOn: category === 'activist' ? null : category === 'full' ? '2010-06-01' : '2026-03-01',
      confirmedOn: category === 'full' ? '2011-06-01' : null,
      phone: '13800001234',
      branchId,
      startOn: '2025-01-01',
    });
    persons[key] = p.id;
    return p.id;
  };
  await add('secretaryA', '张三', a.id);
  await add('orgA', '李四', a.id);
  await add('pubA', '王五', a.id);
  await add('leaderA1', '赵六', a.id);
  await add('memberA', '钱七', a.id);
  await add('activistA', '孙八', a.id, 'activist', '2000-05-05');
  // spares: ordinary members of A for tests that lock, reset or move someone
  await add('spare1', '郑一', a.id);
  await add('spare2', '冯二', a.id);
  await add('spare3', '陈三', a.id);
  await add('secretaryB', '周九', b.id);
  await add('memberB', '吴十', b.id);
  const g = await createGroup(ctx, a.id, { name: '第一党小组', leaderPersonId: persons.leaderA1, foundedOn: '2025-01-01' });
  for (const k of ['leaderA1', 'memberA']) {
    await db.insertInto('group_memberships').values({ id: crypto.randomUUID(), person_id: persons[k]!, group_id: g.id, start_on: '2025-01-01', end_on: null }).execute();
  }
  const post = (branchId: string, key: string, role: BranchRole) => assignPost(ctx, branchId, { personId: persons[key]!, role, startOn: '2025-01-01' });
  await post(a.id, 'secretaryA', 'secretary');
  await post(a.id, 'orgA', 'organizationMember');
  await post(a.id, 'pubA', 'publicityMember');
  await post(b.id, 'secretaryB', 'secretary');
  await db.transaction().execute(async (trx) => {
    const acct = (username: string, personId: string | null, organRoles: ('organAdmin' | 'assessor')[] = []) =>
      insertAccount(trx, 'test:fixture', { organId, username, personId, organRoles, password: PASSWORD, mustChange: false });
    await acct('admin', null, ['organAdmin']);
    await acct('assessor', null, ['assessor']);
    for (const key of Object.keys(persons)) await acct(key.toLowerCase(), persons[key]!);
  });
  const app = await buildApp({ database, today: () => today, webDist: null });
  await app.ready();
  return {
    database,
    app,
    organId,
    branchA: a.id,
    branchB: b.id,
    groupA1: g.id,
    persons,
    async login(username, password = PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'zhibu_session');
      return `zhibu_session=${cookie!.value}`;
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
