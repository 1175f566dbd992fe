import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParams, ZJob } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import { getJob } from './runner.js';

export async function jobRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/jobs/:id', { schema: { tags: ['任务'], params: ZIdParams, response: { 200: ZJob } } }, async (req) => {
    const { ctx } = requireAuth(req);
    return getJob(ctx.db, req.params.id, ctx.viewer.accountId);
  });
}
