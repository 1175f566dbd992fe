import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ZAppointment,
  ZApprovalRecord,
  ZBranchCommittees,
  ZCommittee,
  ZCommitteeRecord,
  ZExtensionCreate,
  ZIdParams,
  ZVacancyCreate,
  ZVacancyFill,
} from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import * as svc from './service.js';
import * as change from './changes.js';

/** 支部委员会 by term: the page, back-entry of a term, vacancies, extensions, appointments, approvals (issue 4 §5). */
export async function committeeRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['支部委员会'];
  r.get('/api/branches/:id/committees', { schema: { tags, params: ZIdParams, response: { 200: ZBranchCommittees } } }, async (req) =>
    svc.getBranchCommittees(requireAuth(req).ctx, req.params.id),
  );
  r.post('/api/branches/:id/committees', { schema: { tags, description: '登记已有的一届（系统启用前选出或补录）', params: ZIdParams, body: ZCommitteeRecord, response: { 200: ZCommittee } } }, async (req) =>
    svc.recordCommittee(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/committees/:id/vacancies', { schema: { tags, description: '委员离任，产生职务空缺', params: ZIdParams, body: ZVacancyCreate, response: { 200: ZCommittee } } }, async (req) =>
    change.createVacancy(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/vacancies/:id/fill', { schema: { tags, description: '机关党委指派书记、副书记补齐空缺', params: ZIdParams, body: ZVacancyFill, response: { 200: ZCommittee } } }, async (req) =>
    change.fillVacancy(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/committees/:id/extensions', { schema: { tags, description: '机关党委批准延期换届（合计不超过1年）', params: ZIdParams, body: ZExtensionCreate, response: { 200: ZCommittee } } }, async (req) =>
    change.addExtension(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/committees/:id/appointments', { schema: { tags, description: '机关党委任命或调整书记、副书记', params: ZIdParams, body: ZAppointment, response: { 200: ZCommittee } } }, async (req) =>
    change.appoint(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.patch('/api/committee-members/:id/approval', { schema: { tags, description: '登记机关党委对书记、副书记的批准', params: ZIdParams, body: ZApprovalRecord, response: { 200: ZCommittee } } }, async (req) =>
    change.recordApproval(requireAuth(req).ctx, req.params.id, req.body),
  );
}
