import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZDashboard, ZDashboardQuery } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import { dashboard } from './service.js';

/** 工作看板 (issue 7 §8). */
export async function dashboardRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['工作看板'];
  r.get(
    '/api/dashboard',
    {
      schema: {
        tags,
        description: '工作看板：全年按月的标准覆盖、三会一课召开与应开、出勤、党费收缴、发展党员各阶段人数；不带 branchId 为全机关（机关党委、考核人员），带 branchId 为该支部（另含本支部委员）',
        querystring: ZDashboardQuery,
        response: { 200: ZDashboard },
      },
    },
    async (req) => dashboard(requireAuth(req).ctx, req.query),
  );
}
