import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZBranchReport,
  ZBranchReportInput,
  ZBranchReportReview,
  ZBranchReportUpdate,
  ZIdParams,
  ZMemberReport,
  ZMemberReportInput,
  ZMemberReportStatus,
  ZMemberReportUpdate,
  ZOk,
  ZOwnMemberReportInput,
  ZOrganReportInbox,
  ZYearQuery,
} from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import * as branch from './branchReports.js';
import * as member from './memberReports.js';

/** The branch's reports to the 机关党委 and to the 党员大会 (LIFE-6) and every member's 党员汇报 (LIFE-8), issue 5 §8. */
export async function reportRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['组织生活'];
  const list = { 200: z.object({ items: z.array(ZBranchReport) }) };
  r.get('/api/branches/:id/reports', { schema: { tags, description: '本支部的工作报告（向机关党委、向党员大会）', params: ZIdParams, querystring: ZYearQuery, response: list } }, async (req) => ({
    items: await branch.listBranchReports(requireAuth(req).ctx, req.params.id, req.query.year),
  }));
  r.post('/api/branches/:id/reports', { schema: { tags, description: '起草一份年度工作报告（每年每类一份）', params: ZIdParams, body: ZBranchReportInput, response: { 200: ZBranchReport } } }, async (req) =>
    branch.createBranchReport(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.patch('/api/reports/:id', { schema: { tags, description: '修改草稿或被退回的报告', params: ZIdParams, body: ZBranchReportUpdate, response: { 200: ZBranchReport } } }, async (req) =>
    branch.updateBranchReport(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/reports/:id/submit', { schema: { tags, description: '向机关党委报送工作报告（须有正文或报告文件）', params: ZIdParams, response: { 200: ZBranchReport } } }, async (req) =>
    branch.submitBranchReport(requireAuth(req).ctx, req.params.id),
  );
  r.post('/api/reports/:id/review', { schema: { tags, description: '机关党委接收或退回（附原因）工作报告', params: ZIdParams, body: ZBranchReportReview, response: { 200: ZBranchReport } } }, async (req) =>
    branch.reviewBranchReport(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.get('/api/organ/reports', { schema: { tags, description: '各党支部向机关党委报送的年度工作报告，及尚未报送的党支部', querystring: ZYearQuery, response: { 200: ZOrganReportInbox } } }, async (req) =>
    branch.listOrganReports(requireAuth(req).ctx, req.query.year),
  );
  r.get('/api/branches/:id/member-reports', { schema: { tags, description: '本支部党员年度汇报情况（每名党员的汇报或尚未汇报）', params: ZIdParams, querystring: ZYearQuery, response: { 200: ZMemberReportStatus } } }, async (req) =>
    member.memberReportStatus(requireAuth(req).ctx, req.params.id, req.query.year),
  );
  r.post('/api/branches/:id/member-reports', { schema: { tags, description: '支委会登记党员的年度汇报', params: ZIdParams, body: ZMemberReportInput, response: { 200: ZMemberReport } } }, async (req) =>
    member.createMemberReport(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.patch('/api/member-reports/:id', { schema: { tags, params: ZIdParams, body: ZMemberReportUpdate, response: { 200: ZMemberReport } } }, async (req) =>
    member.updateMemberReport(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.delete('/api/member-reports/:id', { schema: { tags, params: ZIdParams, response: { 200: ZOk } } }, async (req) => {
    await member.deleteMemberReport(requireAuth(req).ctx, req.params.id);
    return { ok: true as const };
  });
  r.post('/api/me/member-report', { schema: { tags, description: '党员本人提交年度汇报（计入本人当前所在支部）', body: ZOwnMemberReportInput, response: { 200: ZMemberReport } } }, async (req) =>
    member.createOwnMemberReport(requireAuth(req).ctx, req.body),
  );
}
