import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZChatGroup, ZChatGroupInput, ZIdParams } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import * as svc from './service.js';

/** 支部微信群 (VEN-3). */
export async function chatGroupRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['活动阵地'];
  r.get('/api/branches/:id/chat-group', { schema: { tags, description: '支部微信群及其核对结果（成员名单核对：机关党委、考核人员和支委）', params: ZIdParams, response: { 200: ZChatGroup } } }, async (req) =>
    svc.getChatGroup(requireAuth(req).ctx, req.params.id),
  );
  r.put('/api/branches/:id/chat-group', { schema: { tags, description: '登记或更新支部微信群（成员名单粘贴为文本）', params: ZIdParams, body: ZChatGroupInput, response: { 200: ZChatGroup } } }, async (req) =>
    svc.saveChatGroup(requireAuth(req).ctx, req.params.id, req.body),
  );
}
