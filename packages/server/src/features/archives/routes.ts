import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZArchiveBindInput, ZArchiveOverview, ZArchiveQuery, ZArchiveRemoveInput, ZArchiveUpload, ZArchiveUploadInput, ZIdParams, ZOk } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import { fileStoreFor } from '../attachments/store.js';
import type { FeatureDeps } from '../routes.js';
import * as svc from './service.js';

/** 信息台账 (LED-1..8): uploads of papers and the yearly binding (合订). */
export async function archiveRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['信息台账'];
  const store = fileStoreFor(deps.database);
  r.get('/api/branches/:id/archives', { schema: { tags, description: '支部某年度的台账：各类目的上传材料和最近一次合订', params: ZIdParams, querystring: ZArchiveQuery, response: { 200: ZArchiveOverview } } }, async (req) =>
    svc.archiveOverview(requireAuth(req).ctx, req.params.id, req.query.year),
  );
  r.post('/api/branches/:id/archives/uploads', { schema: { tags, description: '上传只有纸质件的台账材料（PDF 或图片，文件随请求一并提交）', params: ZIdParams, body: ZArchiveUploadInput, response: { 200: ZArchiveUpload } } }, async (req) =>
    svc.uploadArchive(requireAuth(req).ctx, store, req.params.id, req.body),
  );
  r.post('/api/archives/uploads/:id/remove', { schema: { tags, description: '移除台账材料（须说明原因，留痕）', params: ZIdParams, body: ZArchiveRemoveInput, response: { 200: ZOk } } }, async (req) => {
    await svc.removeArchiveUpload(requireAuth(req).ctx, req.params.id, req.body.reason);
    return { ok: true as const };
  });
  r.post('/api/branches/:id/archives/bind', { schema: { tags, description: '合订某年度的一个类目或全部类目（后台任务，轮询 /api/jobs/:id）', params: ZIdParams, body: ZArchiveBindInput, response: { 200: z.object({ jobId: z.string() }) } } }, async (req) =>
    svc.startBinding(requireAuth(req).ctx, store, req.params.id, req.body.year, req.body.category),
  );
}
