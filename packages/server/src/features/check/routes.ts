import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZBranchCheck,
  ZCalendarFeed,
  ZCheckMatrix,
  ZCheckQuery,
  ZExemptionCreate,
  ZIdParams,
  ZOk,
  ZParamChange,
  ZRuleSettings,
  ZTodo,
} from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import { branchCheck, checkMatrix, todos, yearOf } from './service.js';
import { changeParam, createExemption, deleteExemption, ruleSettings } from './settings.js';
import { calendarFeedText, renewCalendarFeed } from './calendarFeed.js';
import { matrixXlsx } from './matrixExport.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const disposition = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

export async function checkRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['标准化体检'];
  r.get('/api/branches/:id/check', { schema: { tags, params: ZIdParams, querystring: ZCheckQuery, response: { 200: ZBranchCheck } } }, async (req) => {
    const { ctx } = requireAuth(req);
    return branchCheck(ctx, req.params.id, req.query.year ?? yearOf(ctx.today));
  });
  r.get('/api/check/matrix', { schema: { tags, querystring: ZCheckQuery, response: { 200: ZCheckMatrix } } }, async (req) => {
    const { ctx } = requireAuth(req);
    return checkMatrix(ctx, req.query.year ?? yearOf(ctx.today));
  });
  r.get('/api/check/matrix.xlsx', { schema: { tags, querystring: ZCheckQuery, description: '体检总览导出（.xlsx）' } }, async (req, reply) => {
    const { ctx } = requireAuth(req);
    const year = req.query.year ?? yearOf(ctx.today);
    const buf = await matrixXlsx(ctx, year);
    reply.header('Content-Type', XLSX).header('Content-Disposition', disposition(`标准化体检总览-${year}.xlsx`));
    return reply.send(buf);
  });
  r.get('/api/todos', { schema: { tags, response: { 200: z.object({ items: z.array(ZTodo) }) } } }, async (req) => ({
    items: await todos(requireAuth(req).ctx),
  }));
  r.get('/api/check/settings', { schema: { tags, response: { 200: ZRuleSettings } } }, async (req) => ruleSettings(requireAuth(req).ctx));
  r.post('/api/check/params', { schema: { tags, body: ZParamChange, response: { 200: ZOk } } }, async (req) => {
    await changeParam(requireAuth(req).ctx, req.body);
    return { ok: true as const };
  });
  r.post('/api/check/exemptions', { schema: { tags, body: ZExemptionCreate, response: { 200: ZOk } } }, async (req) => {
    await createExemption(requireAuth(req).ctx, req.body);
    return { ok: true as const };
  });
  r.delete('/api/check/exemptions/:id', { schema: { tags, params: ZIdParams, response: { 200: ZOk } } }, async (req) => {
    await deleteExemption(requireAuth(req).ctx, req.params.id);
    return { ok: true as const };
  });
  r.post('/api/branches/:id/calendar-feed', { schema: { tags, params: ZIdParams, response: { 200: ZCalendarFeed } } }, async (req) => {
    const { token } = await renewCalendarFeed(requireAuth(req).ctx, req.params.id);
    const host = req.headers.host ?? 'localhost';
    return { url: `${req.protocol}://${host}/api/calendar/${token}.ics` };
  });
  // Open by design (allowlist): the unguessable token in the URL is the key; the feed holds deadlines only.
  r.get('/api/calendar/:file', { schema: { tags, params: z.object({ file: z.string().regex(/^[A-Za-z0-9_-]{20,64}\.ics$/, '链接无效') }) } }, async (req, reply) => {
    const text = await calendarFeedText(deps.database.db, req.params.file.replace(/\.ics$/, ''), deps.today());
    if (text === null) return reply.code(404).send({ error: { code: 'NOT_FOUND', message: '日历订阅链接无效或已重新生成' } });
    reply.header('Content-Type', 'text/calendar; charset=utf-8');
    return reply.send(text);
  });
}
