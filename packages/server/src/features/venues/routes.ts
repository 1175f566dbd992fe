import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ZIdParams, ZVenue, ZVenueInput, ZVenueItemParams, ZVenueList, ZVenueTick, ZVenueUpdate } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import { fileStoreFor } from '../attachments/store.js';
import type { FeatureDeps } from '../routes.js';
import * as svc from './service.js';

/** 活动阵地 (VEN-1 党员活动室, VEN-2 宣传栏). */
export async function venueRoutes(app: FastifyInstance, deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['活动阵地'];
  const store = fileStoreFor(deps.database);
  r.get('/api/branches/:id/venues', { schema: { tags, description: '支部的活动阵地（自有和共用）及检查项目', params: ZIdParams, response: { 200: ZVenueList } } }, async (req) =>
    svc.listVenues(requireAuth(req).ctx, req.params.id),
  );
  r.post('/api/branches/:id/venues', { schema: { tags, description: '登记活动阵地（机关党委管理员可指定共用的支部）', params: ZIdParams, body: ZVenueInput, response: { 200: ZVenue } } }, async (req) =>
    svc.createVenue(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.get('/api/venues/:id', { schema: { tags, params: ZIdParams, response: { 200: ZVenue } } }, async (req) => svc.getVenue(requireAuth(req).ctx, req.params.id));
  r.patch('/api/venues/:id', { schema: { tags, description: '修改活动阵地（共用支部：机关党委管理员）', params: ZIdParams, body: ZVenueUpdate, response: { 200: ZVenue } } }, async (req) =>
    svc.updateVenue(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.delete('/api/venues/:id', { schema: { tags, description: '停用活动阵地（保留记录）', params: ZIdParams, response: { 200: ZVenue } } }, async (req) =>
    svc.retireVenue(requireAuth(req).ctx, req.params.id),
  );
  r.put('/api/venues/:id/items/:item', { schema: { tags, description: '检查项目打勾，同时上传至少一张照片', params: ZVenueItemParams, body: ZVenueTick, response: { 200: ZVenue } } }, async (req) =>
    svc.tickItem(requireAuth(req).ctx, store, req.params.id, req.params.item, req.body),
  );
  r.delete('/api/venues/:id/items/:item', { schema: { tags, description: '取消打勾', params: ZVenueItemParams, response: { 200: ZVenue } } }, async (req) =>
    svc.untickItem(requireAuth(req).ctx, req.params.id, req.params.item),
  );
  r.post('/api/venues/:id/items/:item/confirm', { schema: { tags, description: '机关党委确认检查项目', params: ZVenueItemParams, response: { 200: ZVenue } } }, async (req) =>
    svc.confirmItem(requireAuth(req).ctx, req.params.id, req.params.item),
  );
}
