import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Me } from '@zhibu/schemas';
import type { DB } from '../db/types.js';
import type { Ctx } from '../context.js';
import { AppError } from '../errors.js';
import { resolveSession } from '../features/auth/service.js';
import { loadViewer } from '../features/auth/viewer.js';
import { ROUTE_ALLOWLIST, routeKey } from './allowlist.js';

export const SESSION_COOKIE = 'zhibu_session';

export interface AuthState {
  ctx: Ctx;
  me: Me;
  token: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    authState: AuthState | null;
  }
}

export interface AuthOptions {
  db: Kysely<DB>;
  today: () => string;
}

/**
 * Authenticates every request before validation: routes outside the allowlist answer 401 without a live session
 * (fail closed), and a user who must change the password reaches only the "self" routes.
 */
export function installAuth(app: FastifyInstance, opts: AuthOptions): void {
  app.decorateRequest('authState', null);
  app.addHook('onRequest', async (req: FastifyRequest) => {
    const key = routeKey(req.method, req.routeOptions.url ?? '');
    const open = ROUTE_ALLOWLIST[key];
    if (open?.access === 'public') return;
    if (!req.url.startsWith('/api/') || req.routeOptions.url === undefined) return; // web pages and 404s
    const token = req.cookies[SESSION_COOKIE];
    if (!token) throw new AppError('UNAUTHENTICATED', '请先登录');
    const s = await resolveSession(opts.db, token);
    if (!s.ok) throw new AppError('UNAUTHENTICATED', s.expired ? '登录已超时，请重新登录' : '请先登录');
    if (s.mustChangePassword && open?.access !== 'self') {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', '首次登录或密码已被重置，请先修改密码');
    }
    const today = opts.today();
    const { viewer, me } = await loadViewer(opts.db, s.accountId, today);
    req.authState = { ctx: { db: opts.db, viewer, actor: `user:${s.username}`, today }, me, token };
  });
}

/** The signed-in state of a request; the type says it is there, so no handler patches it with `!`. */
export function requireAuth(req: FastifyRequest): AuthState {
  if (!req.authState) throw new AppError('UNAUTHENTICATED', '请先登录');
  return req.authState;
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', secure });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
