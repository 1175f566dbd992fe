import { randomUUID } from 'node:crypto';
import { isBranchSecretary, isOrganAdmin, nameSearchKeys, passwordProblems, type OrganRole } from '@zhibu/domain';
import type { AccountRow, IssuedPassword } from '@zhibu/schemas';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import type { Ctx } from '../../context.js';
import { recordEvent } from '../../audit/audit.js';
import { AppError, forbidden, invalid, notFound } from '../../errors.js';
import { generateInitialPassword, hashPassword } from '../auth/passwordHash.js';
import { findBranch } from '../branches/repository.js';
import { placeOf } from '../persons/repository.js';
import { listAccounts, personsWithoutAccount, takenUsernames } from './repository.js';

function mayManageAccountsOf(ctx: Ctx, branchId: string | null): boolean {
  if (isOrganAdmin(ctx.viewer)) return true;
  return branchId !== null && isBranchSecretary(ctx.viewer, branchId);
}

export async function getAccounts(ctx: Ctx, branchId: string | null): Promise<AccountRow[]> {
  if (!mayManageAccountsOf(ctx, branchId)) throw forbidden('只有机关党委管理员或支部书记可以查看账号');
  const { accounts, roles } = await listAccounts(ctx.db, ctx.viewer.organId, branchId, ctx.today);
  const now = new Date();
  return accounts.map((a) => ({
    id: a.id,
    username: a.username,
    person: a.person_id && a.person_name ? { id: a.person_id, name: a.person_name } : null,
    organRoles: roles.filter((r) => r.account_id === a.id).map((r) => r.role),
    mustChangePassword: a.must_change_password,
    locked: !!a.locked_until && a.locked_until > now,
    disabled: a.disabled,
    lastLoginAt: a.last_login_at ? a.last_login_at.toISOString() : null,
  }));
}

/** Creates an account with a one-time password (shown once, changed at first login). Used by the web and the CLI. */
export async function insertAccount(
  trx: Kysely<DB>,
  actor: string,
  a: { organId: string; username: string; personId: string | null; organRoles: OrganRole[]; password: string; mustChange: boolean; isDemo?: boolean },
): Promise<string> {
  const taken = await trx.selectFrom('accounts').select('id').where('username', '=', a.username).executeTakeFirst();
  if (taken) throw new AppError('CONFLICT', `用户名 ${a.username} 已被使用`);
  if (a.personId) {
    const has = await trx.selectFrom('accounts').select('username').where('person_id', '=', a.personId).executeTakeFirst();
    if (has) throw new AppError('CONFLICT', `该人员已有账号 ${has.username}`);
  }
  const id = randomUUID();
  await trx
    .insertInto('accounts')
    .values({
      id,
      organ_id: a.organId,
      username: a.username,
      password_hash: await hashPassword(a.password),
      person_id: a.personId,
      must_change_password: a.mustChange,
      is_demo: a.isDemo ?? false,
    })
    .execute();
  if (a.organRoles.length) await trx.insertInto('account_roles').values(a.organRoles.map((role) => ({ account_id: id, role }))).execute();
  await recordEvent(trx as never, actor, {
    organId: a.organId,
    action: 'account.created',
    entityType: 'account',
    entityId: id,
    after: { username: a.username, personId: a.personId, organRoles: a.organRoles },
  });
  return id;
}

export async function createAccount(ctx: Ctx, input: { username: string; personId?: string | null; organRoles: OrganRole[] }): Promise<IssuedPassword> {
  if (!isOrganAdmin(ctx.viewer)) throw forbidden('只有机关党委管理员可以创建账号');
  const password = generateInitialPassword();
  let name: string | null = null;
  await ctx.db.transaction().execute(async (trx) => {
    if (input.personId) {
      const p = await trx.selectFrom('persons').select('name').where('id', '=', input.personId).where('organ_id', '=', ctx.viewer.organId).executeTakeFirst();
      if (!p) throw invalid('所选人员不存在');
      name = p.name;
    }
    await insertAccount(trx, ctx.actor, { organId: ctx.viewer.organId, username: input.username, personId: input.personId ?? null, organRoles: input.organRoles, password, mustChange: true });
  });
  return { username: input.username, name, password };
}

/** Accounts for every member of a branch who has none: usernames from pinyin, one-time passwords shown once. */
export async function createBranchAccounts(ctx: Ctx, branchId: string): Promise<{ created: IssuedPassword[]; skipped: number }> {
  const branch = await findBranch(ctx.db, ctx.viewer.organId, branchId);
  if (!branch) throw notFound('党支部');
  if (!mayManageAccountsOf(ctx, branchId)) throw forbidden('只有机关党委管理员或本支部书记可以开通账号');
  const people = await personsWithoutAccount(ctx.db, branchId, ctx.today);
  const created: IssuedPassword[] = [];
  await ctx.db.transaction().execute(async (trx) => {
    const bases = people.map((p) => p.name_pinyin || nameSearchKeys(p.name).full || 'user');
    const taken = await takenUsernames(trx, [...new Set(bases)]);
    for (const [i, p] of people.entries()) {
      const base = bases[i]!.slice(0, 24);
      let username = base.length >= 3 ? base : `${base}dy`;
      for (let n = 2; taken.has(username); n++) username = `${base}${n}`;
      taken.add(username);
      const password = generateInitialPassword();
      await insertAccount(trx, ctx.actor, { organId: ctx.viewer.organId, username, personId: p.id, organRoles: [], password, mustChange: true });
      created.push({ username, name: p.name, password });
    }
  });
  const members = await ctx.db
    .selectFrom('branch_memberships')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('branch_id', '=', branchId)
    .where('end_on', 'is', null)
    .executeTakeFirstOrThrow();
  return { created, skipped: Number(members.n) - created.length };
}

async function loadManagedAccount(ctx: Ctx, accountId: string) {
  const a = await ctx.db.selectFrom('accounts').selectAll().where('id', '=', accountId).where('organ_id', '=', ctx.viewer.organId).executeTakeFirst();
  if (!a) throw notFound('账号');
  if (isOrganAdmin(ctx.viewer)) return a;
  const place = a.person_id ? await placeOf(ctx.db, a.person_id, ctx.today) : null;
  const branchId = place?.branch?.branch_id ?? null;
  const isAdminAccount = await ctx.db.selectFrom('account_roles').select('role').where('account_id', '=', a.id).executeTakeFirst();
  if (!branchId || !isBranchSecretary(ctx.viewer, branchId) || isAdminAccount) throw notFound('账号');
  return a;
}

/** Resets a password (organ admin, or a branch's 书记 for their members): a one-time password, sessions ended. */
export async function resetPassword(ctx: Ctx, accountId: string): Promise<IssuedPassword> {
  const a = await loadManagedAccount(ctx, accountId);
  const password = generateInitialPassword();
  if (passwordProblems(password, a.username).length) throw new Error('generated password too weak');
  const hash = await hashPassword(password);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('accounts').set({ password_hash: hash, must_change_password: true, failed_attempts: 0, locked_until: null }).where('id', '=', a.id).execute();
    await trx.deleteFrom('sessions').where('account_id', '=', a.id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'account.passwordReset', entityType: 'account', entityId: a.id });
  });
  const person = a.person_id ? await ctx.db.selectFrom('persons').select('name').where('id', '=', a.person_id).executeTakeFirst() : undefined;
  return { username: a.username, name: person?.name ?? null, password };
}

export async function unlockAccount(ctx: Ctx, accountId: string): Promise<void> {
  const a = await loadManagedAccount(ctx, accountId);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('accounts').set({ failed_attempts: 0, locked_until: null }).where('id', '=', a.id).execute();
    await recordEvent(trx, ctx.actor, { organId: ctx.viewer.organId, action: 'account.unlocked', entityType: 'account', entityId: a.id });
  });
}
