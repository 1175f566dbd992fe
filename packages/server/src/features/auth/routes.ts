import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZChangePasswordRequest, ZLoginRequest, ZMe, ZOk, ZPersonDetail } from '@zhibu/schemas';
import type { FeatureDeps } from '../routes.js';
import { clearSessionCookie, requireAuth, SESSION_COOKIE, setSessionCookie } from '../../http/auth.js';
import { changeOwnPassword, login, logout } from './service.js';
import { loadViewer } from './viewer.js';
import { getPersonDetail } from '../persons/service.js';
import { notFound } from '../../errors.js';

export async function authRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.database.db;

  r.get('/api/health', { schema: { tags: ['系统'], response: { 200: z.object({ ok: z.boolean(), database: z.string() }) } } }, async () => {
    await db.selectFrom('organs').select('id').limit(1).execute();
    return { ok: true, database: deps.database.backend };
  });

  r.post('/api/auth/login', { schema: { tags: ['登录'], body: ZLoginRequest, response: { 200: ZMe } } }, async (req, reply) => {
    const { token, accountId } = await login(db, req.body.username, req.body.password);
    setSessionCookie(reply, token, deps.secureCookies);
    const { me } = await loadViewer(db, accountId, deps.today());
    return me;
  });

  r.post('/api/auth/logout', { schema: { tags: ['登录'], response: { 200: ZOk } } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await logout(db, token);
    clearSessionCookie(reply);
    return { ok: true as const };
  });

  r.get('/api/me', { schema: { tags: ['本人'], response: { 200: ZMe } } }, async (req) => requireAuth(req).me);

  r.post('/api/me/password', { schema: { tags: ['本人'], body: ZChangePasswordRequest, response: { 200: ZOk } } }, async (req) => {
    const auth = requireAuth(req);
    await changeOwnPassword(db, auth.ctx.viewer.accountId, req.body.currentPassword, req.body.newPassword, auth.token);
    return { ok: true as const };
  });

  r.get('/api/me/person', { schema: { tags: ['本人'], response: { 200: ZPersonDetail } } }, async (req) => {
    const { ctx } = requireAuth(req);
    if (!ctx.viewer.personId) throw notFound('您的党员档案');
    return getPersonDetail(ctx, ctx.viewer.personId);
  });
}

