import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZOrgan, ZOrganUpdate, ZUnit, ZUnitCreate } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import { createUnit, getOrgan, getUnits, updateOrgan } from './service.js';

export async function organRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['机关'];
  r.get('/api/organ', { schema: { tags, response: { 200: ZOrgan } } }, async (req) => getOrgan(requireAuth(req).ctx));
  r.patch('/api/organ', { schema: { tags, body: ZOrganUpdate, response: { 200: ZOrgan } } }, async (req) =>
    updateOrgan(requireAuth(req).ctx, req.body),
  );
  r.get('/api/units', { schema: { tags, response: { 200: z.object({ items: z.array(ZUnit) }) } } }, async (req) => ({
    items: await getUnits(requireAuth(req).ctx),
  }));
  r.post('/api/units', { schema: { tags, body: ZUnitCreate, response: { 200: ZUnit } } }, async (req) =>
    createUnit(requireAuth(req).ctx, req.body.name),
  );
}
