import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Database } from '../db/open.js';
import { installAuth } from './auth.js';
import { installErrorHandler } from './errorHandler.js';
import { registerFeatureRoutes } from '../features/routes.js';

export interface AppOptions {
  database: Database;
  /** "today" in Asia/Shanghai or the `--as-of` date */
  today: () => string;
  logger?: boolean;
  /** serve the built web app from this folder (default packages/web/dist) */
  webDist?: string | null;
  secureCookies?: boolean;
}

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_WEB_DIST = path.resolve(here, '../../../web/dist');

declare module 'fastify' {
  interface FastifyInstance {
    zhibuRoutes: { method: string; url: string }[];
  }
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: opts.logger ? { level: 'info' } : false, bodyLimit: 2 * 1024 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON bodies: a cross-site form cannot post text/plain or urlencoded into the API.
  app.removeContentTypeParser(['text/plain']);
  // Uploads (attachments, spreadsheets) arrive as raw bytes; each route sets its own size limit.
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  installErrorHandler(app);
  // Every route the app serves, for the route-walk test (contracts §4: a new route must be in a list).
  const routes: { method: string; url: string }[] = [];
  app.addHook('onRoute', (r) => {
    for (const m of [r.method].flat()) if (m !== 'HEAD') routes.push({ method: m, url: r.url });
  });
  app.decorate('zhibuRoutes', routes);
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      info: { title: '支部标准化 API', version: '0.1.0', description: '党支部标准化建设平台接口' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.addHook('onSend', async (req, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Referrer-Policy', 'same-origin');
    if (req.url.startsWith('/api/') && !req.url.startsWith('/api/docs')) reply.header('Cache-Control', 'no-store');
  });
  installAuth(app, { db: opts.database.db, today: opts.today });
  await registerFeatureRoutes(app, { database: opts.database, secureCookies: opts.secureCookies ?? false, today: opts.today });
  const dist = opts.webDist === undefined ? DEFAULT_WEB_DIST : opts.webDist;
  if (dist && fs.existsSync(path.join(dist, 'index.html'))) {
    await app.register(fastifyStatic, { root: dist, wildcard: false });
  }
  // Unknown /api paths answer JSON; any other GET is a page of the single-page app (when it is built).
  const index = dist && fs.existsSync(path.join(dist, 'index.html')) ? fs.readFileSync(path.join(dist, 'index.html')) : null;
  app.setNotFoundHandler((req, reply) => {
    if (index && req.method === 'GET' && !req.url.startsWith('/api/')) return reply.type('text/html').send(index);
    return reply.status(404).send({ error: { code: 'NOT_FOUND', message: '请求的地址不存在' } });
  });
  return app;
}
