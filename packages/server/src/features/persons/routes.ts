import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZAuditList, ZIdParams, ZPersonCreate, ZPersonDetail, ZPersonList, ZPersonListQuery, ZPersonMove, ZPersonUpdate } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import { historyOf, personMasker } from '../audit/history.js';
import * as svc from './service.js';

export async function personRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['党员管理'];
  r.get('/api/persons', { schema: { tags, querystring: ZPersonListQuery, response: { 200: ZPersonList } } }, async (req) =>
    svc.listRoster(requireAuth(req).ctx, req.query),
  );
  r.post('/api/persons', { schema: { tags, body: ZPersonCreate, response: { 200: ZPersonDetail } } }, async (req) =>
    svc.createPerson(requireAuth(req).ctx, req.body),
  );
  r.get('/api/persons/:id', { schema: { tags, params: ZIdParams, response: { 200: ZPersonDetail } } }, async (req) =>
    svc.getPersonDetail(requireAuth(req).ctx, req.params.id),
  );
  r.patch('/api/persons/:id', { schema: { tags, params: ZIdParams, body: ZPersonUpdate, response: { 200: ZPersonDetail } } }, async (req) =>
    svc.updatePerson(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/persons/:id/move', { schema: { tags, params: ZIdParams, body: ZPersonMove, response: { 200: ZPersonDetail } } }, async (req) =>
    svc.movePerson(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.get('/api/persons/:id/history', { schema: { tags, params: ZIdParams, response: { 200: ZAuditList } } }, async (req) => {
    const { ctx } = requireAuth(req);
    const { access } = await svc.loadVisiblePerson(ctx, req.params.id);
    return { items: await historyOf(ctx.db, ctx.viewer.organId, 'person', req.params.id, personMasker(access)) };
  });
}
