import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZIdParams, ZTransfer, ZTransferInput, ZTransferReceipt, ZTransferReceive } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import { disposition } from '../appraisals/pdfCommon.js';
import { letterPdf } from './letterPdf.js';
import * as svc from './service.js';

/** 组织关系转接 (MEM-3): in and out, 正式 and 临时, the letter and its 回执. */
export async function transferRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['党员管理'];
  r.get('/api/branches/:id/transfers', { schema: { tags, description: '本支部转出和转入的组织关系', params: ZIdParams, response: { 200: z.object({ items: z.array(ZTransfer) }) } } }, async (req) => ({
    items: await svc.listTransfers(requireAuth(req).ctx, req.params.id),
  }));
  r.post('/api/branches/:id/transfers', { schema: { tags, description: '办理组织关系转出或转入（正式转接同时调整花名册）', params: ZIdParams, body: ZTransferInput, response: { 200: ZTransfer } } }, async (req) =>
    svc.createTransfer(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.get('/api/transfers/:id', { schema: { tags, params: ZIdParams, response: { 200: ZTransfer } } }, async (req) => svc.getTransfer(requireAuth(req).ctx, req.params.id));
  r.post('/api/transfers/:id/receive', { schema: { tags, description: '登记对方已接收', params: ZIdParams, body: ZTransferReceive, response: { 200: ZTransfer } } }, async (req) =>
    svc.receiveTransfer(requireAuth(req).ctx, req.params.id, req.body.receivedOn),
  );
  r.post('/api/transfers/:id/receipt', { schema: { tags, description: '登记回执已退回', params: ZIdParams, body: ZTransferReceipt, response: { 200: ZTransfer } } }, async (req) =>
    svc.returnReceipt(requireAuth(req).ctx, req.params.id, req.body.receiptReturnedOn),
  );
  r.post('/api/transfers/:id/cancel', { schema: { tags, description: '撤销尚未生效的转接', params: ZIdParams, response: { 200: ZTransfer } } }, async (req) => svc.cancelTransfer(requireAuth(req).ctx, req.params.id));
  r.get('/api/transfers/:id/letter.pdf', { schema: { tags, description: '打印组织关系介绍信（存根、介绍信、回执三联）', params: ZIdParams } }, async (req, reply) => {
    const { fileName, pdf } = await letterPdf(requireAuth(req).ctx, req.params.id);
    return reply.header('Content-Type', 'application/pdf').header('Content-Disposition', disposition(fileName)).send(pdf);
  });
}
