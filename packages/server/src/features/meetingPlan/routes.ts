import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZIdParams, ZMeetingPlanDraft, ZMeetingPlanDraftQuery, ZMeetingPlanSave } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import * as svc from './service.js';

/** The year plan of a branch's meetings (issue 5 §3). */
export async function meetingPlanRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['组织生活'];
  r.get('/api/branches/:id/meeting-plan/draft', { schema: { tags, description: '按规定频次生成年度会议计划草案（只含今天以后尚未安排的期间）', params: ZIdParams, querystring: ZMeetingPlanDraftQuery, response: { 200: ZMeetingPlanDraft } } }, async (req) =>
    svc.draftPlan(requireAuth(req).ctx, req.params.id, req.query.year, req.query.day),
  );
  r.post('/api/branches/:id/meeting-plan', { schema: { tags, description: '将选定的计划项一次性登记为计划中的会议', params: ZIdParams, body: ZMeetingPlanSave, response: { 200: z.object({ created: z.number().int() }) } } }, async (req) =>
    svc.savePlan(requireAuth(req).ctx, req.params.id, req.body),
  );
}
