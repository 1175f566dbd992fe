import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZCriticismInput,
  ZIdParams,
  ZLifeMeetingDossier,
  ZLifeMeetingPreparationInput,
  ZOk,
  ZRectification,
  ZRectificationInput,
  ZRectificationListQuery,
  ZRectificationUpdate,
  ZSelfInspectionInput,
} from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import * as rect from './rectifications.js';
import * as svc from './service.js';

/** Whose 对照检查材料 it is stays as recorded (a mistaken one is deleted and entered again). */
const ZSelfInspectionUpdate = ZSelfInspectionInput.omit({ personId: true }).partial();
const ZCriticismUpdate = ZCriticismInput.partial();

/** 组织生活会 in three parts: preparation and talks, 对照检查材料 and 相互批评, the 整改落实台账 (issue 5 §6). */
export async function lifeMeetingRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['组织生活'];
  const ok = { 200: ZOk };
  r.get('/api/meetings/:id/life-meeting', { schema: { tags, description: '组织生活会材料：会前准备、谈心谈话、对照检查、批评意见、整改落实台账', params: ZIdParams, response: { 200: ZLifeMeetingDossier } } }, async (req) =>
    svc.getDossier(requireAuth(req).ctx, req.params.id),
  );
  r.put('/api/meetings/:id/life-meeting/preparation', { schema: { tags, description: '会前准备：主题、征求意见、向上级报告', params: ZIdParams, body: ZLifeMeetingPreparationInput, response: { 200: ZLifeMeetingDossier } } }, async (req) =>
    svc.putPreparation(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.post('/api/meetings/:id/self-inspections', { schema: { tags, description: '登记一名同志的对照检查材料（正文作为附件上传）', params: ZIdParams, body: ZSelfInspectionInput, response: { 200: ZLifeMeetingDossier } } }, async (req) =>
    svc.addSelfInspection(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.patch('/api/self-inspections/:id', { schema: { tags, params: ZIdParams, body: ZSelfInspectionUpdate, response: { 200: ZLifeMeetingDossier } } }, async (req) =>
    svc.updateSelfInspection(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.delete('/api/self-inspections/:id', { schema: { tags, params: ZIdParams, response: ok } }, async (req) => {
    await svc.deleteSelfInspection(requireAuth(req).ctx, req.params.id);
    return { ok: true as const };
  });
  r.post('/api/meetings/:id/criticisms', { schema: { tags, description: '登记一条相互批评意见', params: ZIdParams, body: ZCriticismInput, response: { 200: ZLifeMeetingDossier } } }, async (req) =>
    svc.addCriticism(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.patch('/api/criticisms/:id', { schema: { tags, params: ZIdParams, body: ZCriticismUpdate, response: { 200: ZLifeMeetingDossier } } }, async (req) =>
    svc.updateCriticism(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.delete('/api/criticisms/:id', { schema: { tags, params: ZIdParams, response: ok } }, async (req) => {
    await svc.deleteCriticism(requireAuth(req).ctx, req.params.id);
    return { ok: true as const };
  });
  r.post('/api/meetings/:id/rectifications', { schema: { tags, description: '整改落实台账：登记一项整改事项（序号自动编排）', params: ZIdParams, body: ZRectificationInput, response: { 200: ZLifeMeetingDossier } } }, async (req) =>
    rect.addRectification(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.patch('/api/rectifications/:id', { schema: { tags, description: '更新整改进展、销号（须填完成日期和完成情况）或转为持续整改（须填原因）', params: ZIdParams, body: ZRectificationUpdate, response: { 200: ZLifeMeetingDossier } } }, async (req) =>
    rect.updateRectification(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.delete('/api/rectifications/:id', { schema: { tags, description: '删除误登的整改事项（仅限整改中且无佐证材料）', params: ZIdParams, response: ok } }, async (req) => {
    await rect.deleteRectification(requireAuth(req).ctx, req.params.id);
    return { ok: true as const };
  });
  r.get('/api/branches/:id/rectifications', { schema: { tags, description: '本支部整改落实台账（按年度的组织生活会汇总）', params: ZIdParams, querystring: ZRectificationListQuery, response: { 200: z.object({ items: z.array(ZRectification) }) } } }, async (req) => ({
    items: await rect.listRectifications(requireAuth(req).ctx, req.params.id, req.query.year),
  }));
}
