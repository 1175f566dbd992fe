import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZAttachment, ZAttachmentQuery, ZIdParams, ZOk } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import { invalid } from '../../errors.js';
import { fileStoreFor } from './store.js';
import * as svc from './service.js';

/** Hard ceiling for any upload body; the organ's own limit (default 20 MB) is checked in the service. */
export const UPLOAD_BODY_LIMIT = 200 * 1024 * 1024;

function decodeFileName(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw invalid('X-File-Name 不是有效的 URL 编码');
  }
}

export async function attachmentRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const store = fileStoreFor(deps.database);
  const tags = ['附件'];

  r.get('/api/attachments', { schema: { tags, querystring: ZAttachmentQuery, response: { 200: z.object({ items: z.array(ZAttachment) }) } } }, async (req) => ({
    items: await svc.listAttachments(requireAuth(req).ctx, req.query.entityType, req.query.entityId),
  }));

  r.post(
    '/api/attachments',
    {
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: {
        tags,
        description: '上传附件：请求体为文件的原始字节（Content-Type: application/octet-stream），文件名放在 X-File-Name 头（URL 编码）。',
        querystring: ZAttachmentQuery.extend({ slot: z.string().trim().min(1).max(30).default('other') }),
        response: { 200: ZAttachment },
      },
    },
    async (req) => {
      const { ctx } = requireAuth(req);
      if (!Buffer.isBuffer(req.body)) throw invalid('请以 application/octet-stream 上传文件内容');
      const fileName = decodeFileName(String(req.headers['x-file-name'] ?? ''));
      return svc.addAttachment(ctx, store, { ...req.query, fileName, bytes: req.body });
    },
  );

  r.get('/api/attachments/:id/content', { schema: { tags, params: ZIdParams } }, async (req, reply) => {
    const f = await svc.readAttachment(requireAuth(req).ctx, store, req.params.id);
    reply.header('Content-Type', f.mime);
    reply.header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.fileName)}`);
    return reply.send(f.bytes);
  });

  r.delete('/api/attachments/:id', { schema: { tags, params: ZIdParams, response: { 200: ZOk } } }, async (req) => {
    await svc.removeAttachment(requireAuth(req).ctx, req.params.id);
    return { ok: true as const };
  });
}
