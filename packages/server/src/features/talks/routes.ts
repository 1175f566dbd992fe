import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZIdParams, ZOk, ZTalk, ZTalkCoverage, ZTalkInput, ZTalkListQuery, ZTalkUpdate, ZYearQuery } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import * as svc from './service.js';

/** 谈心谈话 and 诫勉谈话 records, a person's talks, and the MEM-4 coverage of a year (issue 5 §5, issue 6). */
export async function talkRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['组织生活'];
  r.get('/api/branches/:id/talks', { schema: { tags, description: '本支部的谈心谈话记录（普通党员只看到本人参加的）', params: ZIdParams, querystring: ZTalkListQuery, response: { 200: z.object({ items: z.array(ZTalk) }) } } }, async (req) => ({
    items: await svc.listTalks(requireAuth(req).ctx, req.params.id, req.query),
  }));
  r.post('/api/branches/:id/talks', { schema: { tags, description: '登记一次谈心谈话（双方须为谈话当日本支部党员）', params: ZIdParams, body: ZTalkInput, response: { 200: ZTalk } } }, async (req) =>
    svc.createTalk(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.get('/api/persons/:id/talks', { schema: { tags, description: '某人的全部谈话记录（谈心谈话和诫勉谈话，按查看人权限）', params: ZIdParams, response: { 200: z.object({ items: z.array(ZTalk) }) } } }, async (req) => ({
    items: await svc.listPersonTalks(requireAuth(req).ctx, req.params.id),
  }));
  r.get('/api/talks/:id', { schema: { tags, params: ZIdParams, response: { 200: ZTalk } } }, async (req) => svc.getTalk(requireAuth(req).ctx, req.params.id));
  r.patch('/api/talks/:id', { schema: { tags, params: ZIdParams, body: ZTalkUpdate, response: { 200: ZTalk } } }, async (req) => svc.updateTalk(requireAuth(req).ctx, req.params.id, req.body));
  r.delete('/api/talks/:id', { schema: { tags, params: ZIdParams, response: { 200: ZOk } } }, async (req) => {
    await svc.deleteTalk(requireAuth(req).ctx, req.params.id);
    return { ok: true as const };
  });
  r.get('/api/branches/:id/talk-coverage', { schema: { tags, description: '本年度每名党员的谈心谈话情况（是否与支委谈过）', params: ZIdParams, querystring: ZYearQuery, response: { 200: ZTalkCoverage } } }, async (req) =>
    svc.talkCoverageOf(requireAuth(req).ctx, req.params.id, req.query.year),
  );
}
