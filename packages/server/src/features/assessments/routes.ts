import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZAssessment, ZAssessmentCreate, ZAssessmentList, ZAssessmentResults, ZAssessmentScheme, ZId, ZIdParams, ZItemScore, ZNominationInput, ZScoreSheet, ZSelfAssessment } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import { fileStoreFor } from '../attachments/store.js';
import type { FeatureDeps } from '../routes.js';
import * as svc from './service.js';
import * as sheet from './sheet.js';

const ZBranchParams = z.object({ id: ZId, branchId: ZId });
const ZItemParams = ZBranchParams.extend({ itemId: ZId });
const ZNominationParams = z.object({ id: ZId, nid: ZId });

/** 检查考核 (REQ-4, issue 7 §6): the annual assessment of branches. */
export async function assessmentRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['检查考核'];
  const store = fileStoreFor(deps.database);
  r.get('/api/assessments', { schema: { tags, description: '年度考核列表（机关党委、考核人员：全部；支委：已开始的）', response: { 200: ZAssessmentList } } }, async (req) => svc.listAssessments(requireAuth(req).ctx));
  r.post('/api/assessments', { schema: { tags, description: '新建年度考核（默认指标，草稿）；仅机关党委管理员，每年一次', body: ZAssessmentCreate, response: { 200: ZAssessment } } }, async (req) =>
    svc.createAssessment(requireAuth(req).ctx, req.body),
  );
  r.get('/api/assessments/:id', { schema: { tags, description: '考核的指标、等次和各支部进度（进度仅机关党委、考核人员）', params: ZIdParams, response: { 200: ZAssessment } } }, async (req) =>
    svc.getAssessment(requireAuth(req).ctx, req.params.id),
  );
  r.put('/api/assessments/:id/scheme', { schema: { tags, description: '修改指标和等次（仅草稿）', params: ZIdParams, body: ZAssessmentScheme, response: { 200: ZAssessment } } }, async (req) =>
    svc.saveScheme(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/assessments/:id/open', { schema: { tags, description: '开始考核：支部自评、考核人员评分', params: ZIdParams, response: { 200: ZAssessment } } }, async (req) => svc.openAssessment(requireAuth(req).ctx, req.params.id));
  r.post('/api/assessments/:id/publish', { schema: { tags, description: '公布结果：各支部评分须完成；结果按公布时保存，不再重算', params: ZIdParams, response: { 200: ZAssessmentResults } } }, async (req) =>
    svc.publishAssessment(requireAuth(req).ctx, req.params.id),
  );
  r.get('/api/assessments/:id/branches/:branchId', { schema: { tags, description: '一个支部的评分表', params: ZBranchParams, response: { 200: ZScoreSheet } } }, async (req) =>
    sheet.getSheet(requireAuth(req).ctx, req.params.id, req.params.branchId),
  );
  r.put('/api/assessments/:id/branches/:branchId/self', { schema: { tags, description: '保存或提交支部自评（本支部书记、支委；提交后不能修改）', params: ZBranchParams, body: ZSelfAssessment, response: { 200: ZScoreSheet } } }, async (req) =>
    sheet.saveSelf(requireAuth(req).ctx, req.params.id, req.params.branchId, req.body),
  );
  r.put(
    '/api/assessments/:id/branches/:branchId/items/:itemId',
    { schema: { tags, description: '考核人员评分一项（扣分须写明理由；证明材料为PDF或图片，随请求提交；score 为 null 清除评分）；不能为本人所在支部评分', params: ZItemParams, body: ZItemScore, response: { 200: ZScoreSheet } } },
    async (req) => sheet.scoreItem(requireAuth(req).ctx, store, req.params.id, req.params.branchId, req.params.itemId, req.body),
  );
  r.get('/api/assessments/:id/results', { schema: { tags, description: '公布的结果（机关党委、考核人员：全部支部；支委：本支部）和评选推荐', params: ZIdParams, response: { 200: ZAssessmentResults } } }, async (req) =>
    svc.getResults(requireAuth(req).ctx, req.params.id),
  );
  r.post('/api/assessments/:id/nominations', { schema: { tags, description: '推荐先进党支部或优秀党务工作者（公布后，仅机关党委管理员）', params: ZIdParams, body: ZNominationInput, response: { 200: ZAssessmentResults } } }, async (req) =>
    svc.nominate(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.delete('/api/assessments/:id/nominations/:nid', { schema: { tags, description: '撤回推荐', params: ZNominationParams, response: { 200: ZAssessmentResults } } }, async (req) =>
    svc.removeNomination(requireAuth(req).ctx, req.params.id, req.params.nid),
  );
}
