import os from 'node:os';
import path from 'node:path';
import { chinaDateOf, isValidDate, type Viewer } from '@zhibu/domain';
import type { Ctx } from '../context.js';
import { openDatabase, type Database } from '../db/open.js';
import { AppError } from '../errors.js';
import { UsageError } from './io.js';

export interface CommonFlags {
  data?: string;
  'as-of'?: string;
  organ?: string;
  as?: string;
}

/** "Today" is an input (contracts §1, §7): --as-of, then ZHIBU_TODAY, then the real date in Asia/Shanghai. */
export function resolveToday(flags: CommonFlags): string {
  const v = flags['as-of'] ?? process.env.ZHIBU_TODAY;
  if (v === undefined || v === '') return chinaDateOf(new Date());
  if (!isValidDate(v)) throw new UsageError(`--as-of 的日期 ${v} 无效，应为真实存在的 YYYY-MM-DD`);
  return v;
}

export function resolveDataDir(flags: CommonFlags): string {
  return path.resolve(flags.data ?? process.env.ZHIBU_DATA_DIR ?? 'data');
}

export async function openFromFlags(flags: CommonFlags): Promise<Database> {
  return openDatabase({ dataDir: resolveDataDir(flags), databaseUrl: process.env.DATABASE_URL || undefined });
}

/** The organ a command works on: the only one, or the one named by --organ. */
export async function resolveOrgan(database: Database, flags: CommonFlags) {
  const organs = await database.db.selectFrom('organs').select(['id', 'name', 'is_demo']).orderBy('name').execute();
  if (flags.organ) {
    const o = organs.find((x) => x.name === flags.organ);
    if (!o) throw new AppError('NOT_FOUND', `没有名为「${flags.organ}」的机关。现有：${organs.map((x) => x.name).join('、') || '（无）'}`);
    return o;
  }
  if (organs.length === 0) throw new AppError('NOT_FOUND', '数据库中还没有机关。请先运行 npx zhibu init --organ 名称 --admin 用户名 --password-stdin，或 npx zhibu demo');
  if (organs.length > 1) throw new UsageError(`数据库中有多个机关，请用 --organ 指定：${organs.map((x) => x.name).join('、')}`);
  return organs[0]!;
}

/** The CLI acts with organ-admin rights, audited as `cli:<system user>` or the account given by --as. */
export async function cliCtx(database: Database, flags: CommonFlags): Promise<Ctx & { organName: string }> {
  const organ = await resolveOrgan(database, flags);
  let actor = `cli:${os.userInfo().username}`;
  let accountId = 'cli';
  if (flags.as) {
    const a = await database.db.selectFrom('accounts').select(['id', 'username']).where('username', '=', flags.as).where('organ_id', '=', organ.id).executeTakeFirst();
    if (!a) throw new AppError('NOT_FOUND', `账号 ${flags.as} 不存在`);
    actor = `user:${a.username}`;
    accountId = a.id;
  }
  const viewer: Viewer = { accountId, organId: organ.id, personId: null, organRoles: ['organAdmin'], branchRoles: {}, ledGroups: [] };
  return { db: database.db, viewer, actor, today: resolveToday(flags), organName: organ.name };
}

/** Finds a branch by its full name or its standard short name (contracts §1). */
export async function resolveBranch(ctx: Ctx, name: string) {
  const b = await ctx.db
    .selectFrom('branches')
    .select(['id', 'full_name', 'short_name'])
    .where('organ_id', '=', ctx.viewer.organId)
    .where((eb) => eb.or([eb('full_name', '=', name), eb('short_name', '=', name)]))
    .executeTakeFirst();
  if (!b) {
    const all = await ctx.db.selectFrom('branches').select('short_name').where('organ_id', '=', ctx.viewer.organId).orderBy('short_name').execute();
    throw new AppError('NOT_FOUND', `没有名为「${name}」的党支部。现有：${all.map((x) => x.short_name).join('、')}`);
  }
  return b;
}
