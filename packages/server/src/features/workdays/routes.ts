import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZWorkdays, ZWorkdaysPut } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import { getWorkdays, putWorkdays } from './service.js';

/** 工作日调整: the organ admin's own working days and days off on top of the holiday package (contracts §7). */
export async function workdayRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['机关设置'];
  r.get('/api/workdays', { schema: { tags, description: '本机关的工作日调整（在法定节假日和调休安排之外）', response: { 200: ZWorkdays } } }, async (req) => getWorkdays(requireAuth(req).ctx));
  r.put('/api/workdays', { schema: { tags, description: '保存工作日调整（整表替换）', body: ZWorkdaysPut, response: { 200: ZWorkdays } } }, async (req) => putWorkdays(requireAuth(req).ctx, req.body));
}
