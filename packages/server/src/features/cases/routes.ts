import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZCase, ZCaseInput, ZCaseList, ZCasePromote, ZCaseQuery, ZCaseReturn, ZCaseUpdate, ZIdParams } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import * as svc from './service.js';

/** 典型经验库 (REQ-4). Files go through /api/attachments with entityType=case. */
export async function caseRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['典型经验库'];
  r.get(
    '/api/cases',
    { schema: { tags, description: '搜索典型经验：全机关可见已发布的；支部书记、支委还看到本支部的草稿、待审核和退回的；机关党委看到全部（待审核 = status=submitted）', querystring: ZCaseQuery, response: { 200: ZCaseList } } },
    async (req) => svc.listCases(requireAuth(req).ctx, req.query),
  );
  r.get('/api/cases/:id', { schema: { tags, description: '一篇经验及其附件', params: ZIdParams, response: { 200: ZCase } } }, async (req) => svc.getCase(requireAuth(req).ctx, req.params.id));
  r.post('/api/branches/:id/cases', { schema: { tags, description: '撰写经验（草稿）', params: ZIdParams, body: ZCaseInput, response: { 200: ZCase } } }, async (req) =>
    svc.createCase(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.patch('/api/cases/:id', { schema: { tags, description: '修改草稿或退回的经验', params: ZIdParams, body: ZCaseUpdate, response: { 200: ZCase } } }, async (req) =>
    svc.updateCase(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/cases/:id/submit', { schema: { tags, description: '提交机关党委审核', params: ZIdParams, response: { 200: ZCase } } }, async (req) => svc.moveCase(requireAuth(req).ctx, req.params.id, 'submit'));
  r.post('/api/cases/:id/return', { schema: { tags, description: '退回（待审核或已发布的），须填写原因；仅机关党委', params: ZIdParams, body: ZCaseReturn, response: { 200: ZCase } } }, async (req) =>
    svc.moveCase(requireAuth(req).ctx, req.params.id, 'return', { reason: req.body.reason }),
  );
  r.post('/api/cases/:id/publish', { schema: { tags, description: '发布；仅机关党委', params: ZIdParams, response: { 200: ZCase } } }, async (req) => svc.moveCase(requireAuth(req).ctx, req.params.id, 'publish'));
  r.post('/api/cases/:id/promote', { schema: { tags, description: '标记或取消推广；仅机关党委，仅已发布的经验', params: ZIdParams, body: ZCasePromote, response: { 200: ZCase } } }, async (req) =>
    svc.moveCase(requireAuth(req).ctx, req.params.id, 'promote', { promoted: req.body.promoted }),
  );
}
