import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZIdParams, ZRecordBook, ZRecordBookClose, ZRecordBookHandOver, ZRecordBookQuery } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import { fileStoreFor } from '../attachments/store.js';
import * as svc from './service.js';

const disposition = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

/** LED-1: the yearly meeting record books of a branch and its groups; closed, frozen as PDF, handed over (issue 5 §9). */
export async function recordBookRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const store = fileStoreFor(deps.database);
  const tags = ['组织生活'];
  r.get('/api/branches/:id/record-books', { schema: { tags, description: '本支部及各党小组某年度的会议记录本', params: ZIdParams, querystring: ZRecordBookQuery, response: { 200: z.object({ items: z.array(ZRecordBook) }) } } }, async (req) => ({
    items: await svc.listBooks(requireAuth(req).ctx, req.params.id, req.query.year),
  }));
  r.get('/api/branches/:id/record-books/book.pdf', { schema: { tags, description: '会议记录本（PDF：封面、目录、逐次会议记录；支部记录本另附谈心谈话汇总台账）', params: ZIdParams, querystring: ZRecordBookQuery } }, async (req, reply) => {
    const { fileName, pdf } = await svc.bookPdf(requireAuth(req).ctx, req.params.id, req.query.year, req.query.groupId);
    reply.header('Content-Type', 'application/pdf').header('Content-Disposition', disposition(fileName));
    return reply.send(pdf);
  });
  r.post('/api/branches/:id/record-books/close', { schema: { tags, description: '年度结束后封存会议记录本（封存后其中的记录只读）', params: ZIdParams, body: ZRecordBookClose, response: { 200: ZRecordBook } } }, async (req) =>
    svc.closeBook(requireAuth(req).ctx, store, req.params.id, req.body),
  );
  r.post('/api/record-books/:id/hand-over', { schema: { tags, description: '登记会议记录本的移交（一次）', params: ZIdParams, body: ZRecordBookHandOver, response: { 200: ZRecordBook } } }, async (req) =>
    svc.handOver(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.get('/api/record-books/:id/file.pdf', { schema: { tags, description: '封存时的会议记录本 PDF', params: ZIdParams } }, async (req, reply) => {
    const { fileName, pdf } = await svc.bookFile(requireAuth(req).ctx, store, req.params.id);
    reply.header('Content-Type', 'application/pdf').header('Content-Disposition', disposition(fileName));
    return reply.send(pdf);
  });
}
