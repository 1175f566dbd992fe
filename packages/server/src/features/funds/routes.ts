import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAllocationInput,
  ZAllocationProposal,
  ZFundEntry,
  ZFundExpenseInput,
  ZFundLedger,
  ZFundYearQuery,
  ZIdParams,
  ZVenuePlan,
  ZVenuePlanDecision,
  ZVenuePlanInput,
  ZVenuePlanQuery,
} from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import { fileStoreFor } from '../attachments/store.js';
import * as svc from './service.js';

/** Receipts travel base64-encoded inside the expense: up to 10 files of the organ's size limit. */
const EXPENSE_BODY_LIMIT = 300 * 1024 * 1024;

/** 活动经费 (LED-7) and 场地经费计划 (REQ-2). */
export async function fundRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const store = fileStoreFor(deps.database);
  const tags = ['活动经费'];
  r.get('/api/branches/:id/funds', { schema: { tags, description: '本支部活动经费台账（收入、支出、结余）', params: ZIdParams, querystring: ZFundYearQuery, response: { 200: ZFundLedger } } }, async (req) =>
    svc.fundLedger(requireAuth(req).ctx, req.params.id, req.query.year),
  );
  r.post(
    '/api/branches/:id/fund-expenses',
    {
      bodyLimit: EXPENSE_BODY_LIMIT,
      schema: { tags, description: '登记一笔活动经费支出：须附活动书面报告和至少一张票据（PDF 或图片，base64 编码，与支出一并保存）', params: ZIdParams, body: ZFundExpenseInput, response: { 200: ZFundEntry } },
    },
    async (req) => svc.createExpense(requireAuth(req).ctx, store, req.params.id, req.body),
  );
  r.get('/api/organ/funds/allocations', { schema: { tags, description: '各支部按留存党费比例拨付活动经费的建议（机关党委）', querystring: ZFundYearQuery, response: { 200: ZAllocationProposal } } }, async (req) =>
    svc.allocationProposal(requireAuth(req).ctx, req.query.year),
  );
  r.post('/api/organ/funds/allocations', { schema: { tags, description: '向一个支部拨付某党费年度的活动经费（每支部每年度一次）', body: ZAllocationInput, response: { 200: ZAllocationProposal } } }, async (req) =>
    svc.allocate(requireAuth(req).ctx, req.body),
  );
  r.get('/api/branches/:id/venue-plans', { schema: { tags, params: ZIdParams, querystring: ZFundYearQuery, response: { 200: z.object({ items: z.array(ZVenuePlan) }) } } }, async (req) => ({
    items: await svc.branchPlans(requireAuth(req).ctx, req.params.id, req.query.year),
  }));
  r.post('/api/branches/:id/venue-plans', { schema: { tags, description: '报送场地经费计划（机关党委审批）', params: ZIdParams, body: ZVenuePlanInput, response: { 200: ZVenuePlan } } }, async (req) =>
    svc.submitPlan(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.get('/api/organ/venue-plans', { schema: { tags, description: '全部支部的场地经费计划（机关党委）', querystring: ZVenuePlanQuery, response: { 200: z.object({ items: z.array(ZVenuePlan) }) } } }, async (req) => ({
    items: await svc.organPlans(requireAuth(req).ctx, req.query),
  }));
  r.post('/api/venue-plans/:id/decide', { schema: { tags, description: '机关党委批准或不批准场地经费计划', params: ZIdParams, body: ZVenuePlanDecision, response: { 200: ZVenuePlan } } }, async (req) =>
    svc.decidePlan(requireAuth(req).ctx, req.params.id, req.body),
  );
}
