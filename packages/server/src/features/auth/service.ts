import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { passwordProblems } from '@zhibu/domain';
import type { DB } from '../../db/types.js';
import { AppError, invalid } from '../../errors.js';
import { recordEvent } from '../../audit/audit.js';
import { sha256 } from '../../audit/canonical.js';
import { hashPassword, verifyPassword } from './passwordHash.js';
import { findAccountByUsername, findSession } from './repository.js';
import { readSettings } from '../organ/settings.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
/** A session ends after this many hours whatever the activity. */
export const SESSION_MAX_HOURS = 12;

// Verified against when the username is unknown, so that timing does not tell which usernames exist.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

const BAD_LOGIN = '用户名或密码错误';

export async function login(db: Kysely<DB>, username: string, password: string, now = new Date()) {
  const account = await findAccountByUsername(db, username);
  if (!account || account.disabled) {
    await verifyPassword(password, DUMMY_HASH).catch(() => false);
    throw new AppError('UNAUTHENTICATED', BAD_LOGIN);
  }
  if (account.locked_until && account.locked_until > now) {
    const minutes = Math.ceil((account.locked_until.getTime() - now.getTime()) / 60_000);
    throw new AppError('LOCKED', `密码错误次数过多，账号已锁定，请 ${minutes} 分钟后再试，或请管理员解锁`);
  }
  const ok = await verifyPassword(password, account.password_hash);
  if (!ok) {
    const attempts = account.failed_attempts + 1;
    const lock = attempts >= MAX_FAILED_LOGINS;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('accounts')
        .set({
          failed_attempts: lock ? 0 : attempts,
          locked_until: lock ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null,
        })
        .where('id', '=', account.id)
        .execute();
      await recordEvent(trx, `user:${account.username}`, {
        organId: account.organ_id,
        action: lock ? 'account.locked' : 'session.loginFailed',
        entityType: 'account',
        entityId: account.id,
        after: { failedAttempts: lock ? MAX_FAILED_LOGINS : attempts },
      });
    });
    if (lock) throw new AppError('LOCKED', `密码连续错误 ${MAX_FAILED_LOGINS} 次，账号已锁定 ${LOCKOUT_MINUTES} 分钟`);
    const left = MAX_FAILED_LOGINS - attempts;
    throw new AppError('UNAUTHENTICATED', `${BAD_LOGIN}（再错 ${left} 次将锁定 ${LOCKOUT_MINUTES} 分钟）`);
  }
  const token = randomBytes(32).toString('base64url');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('accounts')
      .set({ failed_attempts: 0, locked_until: null, last_login_at: now })
      .where('id', '=', account.id)
      .execute();
    await trx
      .insertInto('sessions')
      .values({ token_hash: sha256(token), account_id: account.id, created_at: now, last_seen_at: now })
      .execute();
    await recordEvent(trx, `user:${account.username}`, {
      organId: account.organ_id,
      action: 'session.login',
      entityType: 'account',
      entityId: account.id,
    });
  });
  return { token, accountId: account.id };
}

export async function logout(db: Kysely<DB>, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', sha256(token)).execute();
}

/**
 * Resolves a session token: refuses expired sessions (idle timeout from the organ's settings, and an absolute
 * maximum) and keeps the session alive. Everything lives in the database, so any server process can answer.
 */
export async function resolveSession(db: Kysely<DB>, token: string, now = new Date()) {
  const hash = sha256(token);
  const s = await findSession(db, hash);
  if (!s || s.disabled) return { ok: false as const, expired: false };
  const idleMs = readSettings({ records_start_on: '', settings: s.settings }).sessionIdleMinutes * 60_000;
  if (now.getTime() - s.last_seen_at.getTime() > idleMs || now.getTime() - s.created_at.getTime() > SESSION_MAX_HOURS * 3_600_000) {
    await db.deleteFrom('sessions').where('token_hash', '=', hash).execute();
    return { ok: false as const, expired: true };
  }
  // Touch at most once a minute: fewer writes, same timeout to the minute.
  if (now.getTime() - s.last_seen_at.getTime() > 60_000) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', hash).execute();
  }
  return { ok: true as const, accountId: s.account_id, username: s.username, mustChangePassword: s.must_change_password };
}

export async function changeOwnPassword(db: Kysely<DB>, accountId: string, current: string, next: string, currentToken: string) {
  const account = await db.selectFrom('accounts').selectAll().where('id', '=', accountId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(current, account.password_hash))) throw invalid('当前密码不正确');
  const problems = passwordProblems(next, account.username);
  if (current === next) problems.push('新密码不能与当前密码相同');
  if (problems.length) throw invalid(problems.join('；'));
  const hash = await hashPassword(next);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('accounts').set({ password_hash: hash, must_change_password: false }).where('id', '=', accountId).execute();
    // Other sessions of this account end: a changed password locks out whoever knew the old one.
    await trx.deleteFrom('sessions').where('account_id', '=', accountId).where('token_hash', '!=', sha256(currentToken)).execute();
    await recordEvent(trx, `user:${account.username}`, {
      organId: account.organ_id,
      action: 'account.passwordChanged',
      entityType: 'account',
      entityId: accountId,
    });
  });
}
