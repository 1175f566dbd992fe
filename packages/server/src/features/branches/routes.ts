import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZBranch, ZBranchCreate, ZBranchDissolve, ZBranchPostAssign, ZBranchUpdate, ZGroup, ZGroupCreate, ZGroupUpdate, ZIdParams, ZOk, ZPostEnd } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import * as svc from './service.js';

export async function branchRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['组织建设'];
  r.get('/api/branches', { schema: { tags, response: { 200: z.object({ items: z.array(ZBranch) }) } } }, async (req) => ({
    items: await svc.listBranches(requireAuth(req).ctx),
  }));
  r.post('/api/branches', { schema: { tags, body: ZBranchCreate, response: { 200: ZBranch } } }, async (req) =>
    svc.createBranch(requireAuth(req).ctx, req.body),
  );
  r.get('/api/branches/:id', { schema: { tags, params: ZIdParams, response: { 200: ZBranch } } }, async (req) =>
    svc.getBranch(requireAuth(req).ctx, req.params.id),
  );
  r.patch('/api/branches/:id', { schema: { tags, params: ZIdParams, body: ZBranchUpdate, response: { 200: ZBranch } } }, async (req) =>
    svc.updateBranch(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/branches/:id/dissolve', { schema: { tags, params: ZIdParams, body: ZBranchDissolve, response: { 200: ZBranch } } }, async (req) =>
    svc.dissolveBranch(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/branches/:id/groups', { schema: { tags, params: ZIdParams, body: ZGroupCreate, response: { 200: ZGroup } } }, async (req) =>
    svc.createGroup(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.patch('/api/groups/:id', { schema: { tags, params: ZIdParams, body: ZGroupUpdate, response: { 200: ZGroup } } }, async (req) =>
    svc.updateGroup(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/branches/:id/posts', { schema: { tags, params: ZIdParams, body: ZBranchPostAssign, response: { 200: ZBranch } } }, async (req) =>
    svc.assignPost(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/posts/:id/end', { schema: { tags, params: ZIdParams, body: ZPostEnd, response: { 200: ZOk } } }, async (req) => {
    await svc.endPost(requireAuth(req).ctx, req.params.id, req.body.endOn);
    return { ok: true as const };
  });
}
