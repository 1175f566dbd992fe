import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZAttendanceInput, ZIdParams, ZMeeting, ZMeetingInput, ZMeetingListItem, ZMeetingListQuery, ZMeetingReview, ZMeetingUpdate } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import * as svc from './service.js';
import { signInPdf } from './signInPdf.js';

const disposition = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** 三会一课 and the other meetings: plan, attendance, hold, cancel, submit, review, the 签到表 (issue 5 §1–3). */
export async function meetingRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['组织生活'];
  r.get('/api/branches/:id/meetings', { schema: { tags, description: '本支部的会议（可按年度、类型筛选）', params: ZIdParams, querystring: ZMeetingListQuery, response: { 200: z.object({ items: z.array(ZMeetingListItem) }) } } }, async (req) => ({
    items: await svc.listMeetings(requireAuth(req).ctx, req.params.id, req.query),
  }));
  r.post('/api/branches/:id/meetings', { schema: { tags, description: '计划（登记）一次会议', params: ZIdParams, body: ZMeetingInput, response: { 200: ZMeeting } } }, async (req) =>
    svc.createMeeting(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.get('/api/meetings/:id', { schema: { tags, description: '会议记录（出席名单按会议当日花名册预填）', params: ZIdParams, response: { 200: ZMeeting } } }, async (req) => svc.getMeeting(requireAuth(req).ctx, req.params.id));
  r.patch('/api/meetings/:id', { schema: { tags, params: ZIdParams, body: ZMeetingUpdate, response: { 200: ZMeeting } } }, async (req) => svc.updateMeeting(requireAuth(req).ctx, req.params.id, req.body));
  r.put('/api/meetings/:id/attendance', { schema: { tags, description: '登记出席、请假（须写原因）、缺席和列席人员', params: ZIdParams, body: ZAttendanceInput, response: { 200: ZMeeting } } }, async (req) =>
    svc.putAttendance(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/meetings/:id/hold', { schema: { tags, description: '标记为已召开（记录须完整；作决定的党员大会须到会过半）', params: ZIdParams, response: { 200: ZMeeting } } }, async (req) =>
    svc.holdMeeting(requireAuth(req).ctx, req.params.id),
  );
  r.post('/api/meetings/:id/cancel', { schema: { tags, description: '取消计划中的会议', params: ZIdParams, response: { 200: ZMeeting } } }, async (req) => svc.cancelMeeting(requireAuth(req).ctx, req.params.id));
  r.post('/api/meetings/:id/submit', { schema: { tags, description: '将会议记录报送机关党委', params: ZIdParams, response: { 200: ZMeeting } } }, async (req) => svc.submitMeeting(requireAuth(req).ctx, req.params.id));
  r.post('/api/meetings/:id/review', { schema: { tags, description: '机关党委退回（附原因）或抽查（附意见）会议记录', params: ZIdParams, body: ZMeetingReview, response: { 200: ZMeeting } } }, async (req) =>
    svc.reviewMeeting(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.get('/api/meetings/:id/sign-in.pdf', { schema: { tags, description: '打印签到表（PDF，按会议当日花名册预填）', params: ZIdParams } }, async (req, reply) => {
    const { fileName, pdf } = await signInPdf(requireAuth(req).ctx, req.params.id);
    reply.header('Content-Type', 'application/pdf').header('Content-Disposition', disposition(fileName));
    return reply.send(pdf);
  });
}
