import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZMyLife, ZMyLifeQuery } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import { myLife } from './service.js';

/** 我的 组织生活: the signed-in member's own meetings, attendance, talks and what they owe (issue 5 §10). */
export async function myLifeRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/me/life', { schema: { tags: ['组织生活'], description: '我的组织生活：本人参加的会议与出勤、谈心谈话、待完成事项', querystring: ZMyLifeQuery, response: { 200: ZMyLife } } }, async (req) =>
    myLife(requireAuth(req).ctx, req.query.year),
  );
}
