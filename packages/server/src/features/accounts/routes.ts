import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZAccountCreate, ZAccountRow, ZBulkCreateResult, ZId, ZIdParams, ZIssuedPassword, ZOk } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import * as svc from './service.js';

export async function accountRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['账号'];
  r.get(
    '/api/accounts',
    { schema: { tags, querystring: z.object({ branchId: ZId.optional() }), response: { 200: z.object({ items: z.array(ZAccountRow) }) } } },
    async (req) => ({ items: await svc.getAccounts(requireAuth(req).ctx, req.query.branchId ?? null) }),
  );
  r.post('/api/accounts', { schema: { tags, body: ZAccountCreate, response: { 200: ZIssuedPassword } } }, async (req) =>
    svc.createAccount(requireAuth(req).ctx, req.body),
  );
  r.post('/api/branches/:id/accounts', { schema: { tags, params: ZIdParams, response: { 200: ZBulkCreateResult } } }, async (req) =>
    svc.createBranchAccounts(requireAuth(req).ctx, req.params.id),
  );
  r.post('/api/accounts/:id/reset-password', { schema: { tags, params: ZIdParams, response: { 200: ZIssuedPassword } } }, async (req) =>
    svc.resetPassword(requireAuth(req).ctx, req.params.id),
  );
  r.post('/api/accounts/:id/unlock', { schema: { tags, params: ZIdParams, response: { 200: ZOk } } }, async (req) => {
    await svc.unlockAccount(requireAuth(req).ctx, req.params.id);
    return { ok: true as const };
  });
}
