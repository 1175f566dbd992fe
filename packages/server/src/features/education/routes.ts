import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZEducationOverview, ZEduYearQuery, ZIdParams, ZNotebookIssue, ZNotebookUntick, ZSecretaryTrainingInput, ZStudyRecordInput, ZStudyRecords } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import * as svc from './service.js';

/** 学习教育 (MEM-2). */
export async function educationRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['党员管理'];
  r.get('/api/branches/:id/education', { schema: { tags, description: '本支部学习教育：记录本发放、书记培训、党员学习情况', params: ZIdParams, querystring: ZEduYearQuery, response: { 200: ZEducationOverview } } }, async (req) =>
    svc.educationOverview(requireAuth(req).ctx, req.params.id, req.query.year),
  );
  r.post('/api/branches/:id/study-notebooks/issue', { schema: { tags, description: '向全体党员（或所选党员）发放本年度学习教育记录本', params: ZIdParams, body: ZNotebookIssue, response: { 200: ZEducationOverview } } }, async (req) =>
    svc.issueNotebooks(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/branches/:id/study-notebooks/untick', { schema: { tags, description: '撤销一名党员的记录本发放记录', params: ZIdParams, body: ZNotebookUntick, response: { 200: ZEducationOverview } } }, async (req) =>
    svc.untickNotebook(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/branches/:id/secretary-trainings', { schema: { tags, description: '登记书记（支委）参加上级党组织培训', params: ZIdParams, body: ZSecretaryTrainingInput, response: { 200: ZEducationOverview } } }, async (req) =>
    svc.addTraining(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.get('/api/persons/:id/study-records', { schema: { tags, description: '一名党员的学习记录（参加的会议与自行登记的学习）', params: ZIdParams, querystring: ZEduYearQuery, response: { 200: ZStudyRecords } } }, async (req) =>
    svc.studyRecords(requireAuth(req).ctx, req.params.id, req.query.year),
  );
  r.post('/api/persons/:id/study-records', { schema: { tags, description: '支部为党员登记学习记录', params: ZIdParams, body: ZStudyRecordInput, response: { 200: ZStudyRecords } } }, async (req) =>
    svc.addStudyRecord(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.get('/api/me/study-records', { schema: { tags, description: '我的学习', querystring: ZEduYearQuery, response: { 200: ZStudyRecords } } }, async (req) => svc.myStudy(requireAuth(req).ctx, req.query.year));
  r.post('/api/me/study-records', { schema: { tags, description: '登记本人的学习记录', body: ZStudyRecordInput, response: { 200: ZStudyRecords } } }, async (req) => svc.addMyStudy(requireAuth(req).ctx, req.body));
}
