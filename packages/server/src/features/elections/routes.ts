import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZEarlyApproval,
  ZElection,
  ZElectionCreate,
  ZElectionDecision,
  ZElectionMeetingCreate,
  ZElectionListItem,
  ZElectionListQuery,
  ZElectionResult,
  ZElectionRoles,
  ZElectionUpdate,
  ZIdParams,
} from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import * as svc from './service.js';
import { enterResult } from './result.js';
import { correctRoles, decideElection, submitElection } from './decision.js';
import { electionReportPdf } from './reportPdf.js';
import { createElectionMeeting } from './meetingRecord.js';

const disposition = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** 换届选举 and 补选: plan, result, 报批, approval, and the printed 选举结果报告 (issue 4 §6). */
export async function electionRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['换届选举'];
  r.get('/api/elections', { schema: { tags, description: '选举列表（机关党委：待审批）', querystring: ZElectionListQuery, response: { 200: z.object({ items: z.array(ZElectionListItem) }) } } }, async (req) => ({
    items: await svc.listElectionItems(requireAuth(req).ctx, req.query),
  }));
  r.post('/api/branches/:id/elections', { schema: { tags, description: '筹备换届选举或补选', params: ZIdParams, body: ZElectionCreate, response: { 200: ZElection } } }, async (req) =>
    svc.createElection(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.get('/api/elections/:id', { schema: { tags, params: ZIdParams, response: { 200: ZElection } } }, async (req) => svc.getElection(requireAuth(req).ctx, req.params.id));
  r.patch('/api/elections/:id', { schema: { tags, params: ZIdParams, body: ZElectionUpdate, response: { 200: ZElection } } }, async (req) =>
    svc.updateElection(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/elections/:id/early-approval', { schema: { tags, description: '机关党委批准提前换届', params: ZIdParams, body: ZEarlyApproval, response: { 200: ZElection } } }, async (req) =>
    svc.approveEarly(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.put('/api/elections/:id/result', { schema: { tags, description: '录入选举结果（到会情况、得票、职务分工）', params: ZIdParams, body: ZElectionResult, response: { 200: ZElection } } }, async (req) =>
    enterResult(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.put('/api/elections/:id/roles', { schema: { tags, description: '更正当选人的职务分工（报批前或被退回后）', params: ZIdParams, body: ZElectionRoles, response: { 200: ZElection } } }, async (req) =>
    correctRoles(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/elections/:id/submit', { schema: { tags, description: '将选举结果报机关党委审批', params: ZIdParams, response: { 200: ZElection } } }, async (req) =>
    submitElection(requireAuth(req).ctx, req.params.id),
  );
  r.post('/api/elections/:id/decision', { schema: { tags, description: '机关党委批准或退回选举结果', params: ZIdParams, body: ZElectionDecision, response: { 200: ZElection } } }, async (req) =>
    decideElection(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/elections/:id/meeting', { schema: { tags, description: '由选举生成党员大会记录并关联', params: ZIdParams, body: ZElectionMeetingCreate, response: { 200: ZElection } } }, async (req) =>
    createElectionMeeting(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.get('/api/elections/:id/report.pdf', { schema: { tags, description: '打印选举结果报告（PDF）', params: ZIdParams } }, async (req, reply) => {
    const { fileName, pdf } = await electionReportPdf(requireAuth(req).ctx, req.params.id);
    reply.header('Content-Type', 'application/pdf').header('Content-Disposition', disposition(fileName));
    return reply.send(pdf);
  });
}
