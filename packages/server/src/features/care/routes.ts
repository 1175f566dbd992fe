import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZCareVisitInput, ZHardship, ZHardshipInput, ZHardshipList, ZHardshipUpdate, ZIdParams, ZYearQuery } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import * as svc from './service.js';

/** 困难党员关怀 (MEM-5). */
export async function careRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['党员管理'];
  r.get('/api/branches/:id/hardships', { schema: { tags, description: '困难党员台账与本年度走访慰问情况（普通党员只看到本人的）', params: ZIdParams, querystring: ZYearQuery, response: { 200: ZHardshipList } } }, async (req) =>
    svc.listHardships(requireAuth(req).ctx, req.params.id, req.query.year),
  );
  r.post('/api/branches/:id/hardships', { schema: { tags, description: '登记困难党员', params: ZIdParams, body: ZHardshipInput, response: { 200: ZHardship } } }, async (req) =>
    svc.createHardship(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.get('/api/hardships/:id', { schema: { tags, params: ZIdParams, response: { 200: ZHardship } } }, async (req) => svc.getHardship(requireAuth(req).ctx, req.params.id));
  r.patch('/api/hardships/:id', { schema: { tags, description: '修改困难情况或登记已解决', params: ZIdParams, body: ZHardshipUpdate, response: { 200: ZHardship } } }, async (req) =>
    svc.updateHardship(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/hardships/:id/visits', { schema: { tags, description: '登记走访、慰问或帮扶救助', params: ZIdParams, body: ZCareVisitInput, response: { 200: ZHardship } } }, async (req) =>
    svc.addVisit(requireAuth(req).ctx, req.params.id, req.body),
  );
}
