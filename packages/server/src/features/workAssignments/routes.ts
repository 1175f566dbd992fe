import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZIdParams, ZLapseWatch, ZWorkAssignment, ZWorkAssignmentDone, ZWorkAssignmentInput } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import { lapseWatchOf } from './lapseWatch.js';
import * as svc from './service.js';

/** 党组织分配的工作 and the 6-month watch (MEM-3). */
export async function workAssignmentRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['党员管理'];
  r.get('/api/branches/:id/work-assignments', { schema: { tags, description: '本支部登记的党组织分配的工作', params: ZIdParams, response: { 200: z.object({ items: z.array(ZWorkAssignment) }) } } }, async (req) => ({
    items: await svc.listAssignments(requireAuth(req).ctx, req.params.id),
  }));
  r.post('/api/branches/:id/work-assignments', { schema: { tags, description: '登记分配给党员的工作', params: ZIdParams, body: ZWorkAssignmentInput, response: { 200: ZWorkAssignment } } }, async (req) =>
    svc.createAssignment(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/work-assignments/:id/done', { schema: { tags, description: '登记工作已完成', params: ZIdParams, body: ZWorkAssignmentDone, response: { 200: ZWorkAssignment } } }, async (req) =>
    svc.markDone(requireAuth(req).ctx, req.params.id, req.body.doneOn),
  );
  r.get('/api/branches/:id/lapse-watch', { schema: { tags, description: '六个月预警：连续3个月以上未参加组织生活、未交党费或未完成分配工作的党员', params: ZIdParams, response: { 200: ZLapseWatch } } }, async (req) =>
    lapseWatchOf(requireAuth(req).ctx, req.params.id),
  );
}
