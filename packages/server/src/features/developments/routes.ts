import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZDevBoard, ZDevCheckResult, ZDevEvaluationInput, ZDevelopment, ZDevIssue, ZDevOpen, ZDevStepInput, ZDevStop, ZIdParams, ZNoticeInput, ZNoticeUpdate } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import { disposition } from '../appraisals/pdfCommon.js';
import { recordPdf } from './recordPdf.js';
import * as svc from './service.js';

/** 发展党员 (issue 6 §1–3, MEM-1): files, steps, 双推双评, 公示, the pipeline board and the 全程记实表. */
export async function developmentRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['发展党员'];
  r.get('/api/branches/:id/developments', { schema: { tags, description: '本支部发展党员看板：各阶段人数、每人的下一步和到期事项', params: ZIdParams, response: { 200: ZDevBoard } } }, async (req) =>
    svc.developmentBoard(requireAuth(req).ctx, req.params.id),
  );
  r.post('/api/branches/:id/developments', { schema: { tags, description: '为入党申请人建立发展档案（登记第1步递交入党申请书）', params: ZIdParams, body: ZDevOpen, response: { 200: ZDevelopment } } }, async (req) =>
    svc.openDevelopment(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.get('/api/developments/:id', { schema: { tags, params: ZIdParams, response: { 200: ZDevelopment } } }, async (req) => svc.getDevelopment(requireAuth(req).ctx, req.params.id));
  r.get('/api/me/development', { schema: { tags, description: '我的入党材料（本人的发展档案，只读）', response: { 200: z.object({ file: ZDevelopment.nullable() }) } } }, async (req) =>
    svc.myDevelopment(requireAuth(req).ctx),
  );
  r.post('/api/developments/:id/steps/check', { schema: { tags, description: '预检一个步骤（不保存）：错误和提醒', params: ZIdParams, body: ZDevStepInput, response: { 200: ZDevCheckResult } } }, async (req) =>
    svc.dryRunStep(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/developments/:id/steps', { schema: { tags, description: '登记一个步骤（按规则检查，有错误不保存；同步更新花名册）', params: ZIdParams, body: ZDevStepInput, response: { 200: ZDevelopment.extend({ warnings: z.array(ZDevIssue) }) } } }, async (req) =>
    svc.recordStep(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/developments/:id/evaluations', { schema: { tags, description: '登记双推双评结果', params: ZIdParams, body: ZDevEvaluationInput, response: { 200: ZDevelopment } } }, async (req) =>
    svc.addEvaluation(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/developments/:id/notices', { schema: { tags, description: '登记公示（不少于5个工作日）', params: ZIdParams, body: ZNoticeInput, response: { 200: ZDevelopment } } }, async (req) =>
    svc.addNotice(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.patch('/api/public-notices/:id', { schema: { tags, description: '填写公示结果', params: ZIdParams, body: ZNoticeUpdate, response: { 200: ZDevelopment } } }, async (req) =>
    svc.updateNotice(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/developments/:id/stop', { schema: { tags, description: '终止发展档案（写明原因）', params: ZIdParams, body: ZDevStop, response: { 200: ZDevelopment } } }, async (req) =>
    svc.stopDevelopment(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.get('/api/developments/:id/record.pdf', { schema: { tags, description: '打印发展党员全程记实表（PDF）', params: ZIdParams } }, async (req, reply) => {
    const { fileName, pdf } = await recordPdf(requireAuth(req).ctx, req.params.id);
    return reply.header('Content-Type', 'application/pdf').header('Content-Disposition', disposition(fileName)).send(pdf);
  });
}
