import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PassThrough } from 'node:stream';
import { isOrganAdmin, rosterScope } from '@zhibu/domain';
import { ZExportQuery, ZImportQuery, ZJobStarted } from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import { forbidden, invalid } from '../../errors.js';
import { startJob } from '../jobs/runner.js';
import { applyRosterImport, previewRosterImport, requireImporter } from './service.js';
import { parseOffThread } from './parseOffThread.js';
import { rememberedMappings } from './repository.js';
import { rosterTemplate } from './template.js';
import { writeRosterXlsx } from './exportRoster.js';
import { MAX_IMPORT_BYTES } from './xlsxReader.js';
import type { MappingByName } from './parseSheet.js';
import { branchRosterPdf } from './rosterPdfExport.js';
import type { Ctx } from '../../context.js';

/** Without a branch, a branch officer prints their own branch; anyone else must say which. */
async function soleBranch(ctx: Ctx): Promise<string> {
  const own = rosterScope(ctx.viewer).branchIds;
  if (own.length === 1) return own[0]!;
  throw invalid('请选择要打印花名册的党支部');
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const disposition = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

function parseMapping(raw: string | undefined): MappingByName | undefined {
  if (!raw) return undefined;
  try {
    const m = JSON.parse(raw) as unknown;
    if (m && typeof m === 'object' && !Array.isArray(m)) return m as MappingByName;
  } catch {
    /* fall through */
  }
  throw invalid('列映射（mapping）应为 JSON 对象');
}

export async function importRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['导入导出'];

  r.get('/api/imports/roster/template', { schema: { tags, description: '花名册导入模板（.xlsx）' } }, async (req, reply) => {
    requireImporter(requireAuth(req).ctx);
    reply.header('Content-Type', XLSX).header('Content-Disposition', disposition('党员花名册导入模板.xlsx'));
    return reply.send(await rosterTemplate());
  });

  for (const mode of ['preview', 'apply'] as const) {
    r.post(
      `/api/imports/roster/${mode}`,
      {
        bodyLimit: MAX_IMPORT_BYTES + 1024 * 1024,
        schema: {
          tags,
          description: `${mode === 'preview' ? '预览' : '执行'}花名册导入：请求体为 .xlsx 文件（application/octet-stream）；返回任务编号，进度见 GET /api/jobs/:id`,
          querystring: ZImportQuery,
          response: { 200: ZJobStarted },
        },
      },
      async (req) => {
        const { ctx } = requireAuth(req);
        requireImporter(ctx);
        if (!Buffer.isBuffer(req.body)) throw invalid('请以 application/octet-stream 上传 Excel 文件');
        const bytes = req.body;
        const mapping = parseMapping(req.query.mapping);
        const opts = { createMissing: req.query.createMissing === 'true', ...(req.query.effectiveOn ? { effectiveOn: req.query.effectiveOn } : {}) };
        const remembered = await rememberedMappings(ctx.db, ctx.viewer.organId);
        const jobId = await startJob(ctx.db, { organId: ctx.viewer.organId, accountId: ctx.viewer.accountId, kind: `rosterImport.${mode}` }, async (report) => {
          const parsed = await parseOffThread(bytes, mapping, remembered, (stage, n, total) =>
            report(n, total, stage === 'read' ? `正在读取：已读 ${n} 行` : `正在校验：${n} / ${total} 行`),
          );
          report(parsed.rowCount, parsed.rowCount, mode === 'apply' ? '正在写入……' : '正在比对现有花名册……');
          return mode === 'apply' ? applyRosterImport(ctx, parsed, opts) : previewRosterImport(ctx, parsed, opts);
        });
        return { jobId };
      },
    );
  }

  r.get('/api/exports/roster.pdf', { schema: { tags, description: '打印党员花名册（PDF，一个党支部）', querystring: ZExportQuery } }, async (req, reply) => {
    const { ctx } = requireAuth(req);
    const branchId = req.query.branchId ?? (await soleBranch(ctx));
    const { fileName, pdf } = await branchRosterPdf(ctx, branchId, req.query.on ?? ctx.today);
    reply.header('Content-Type', 'application/pdf').header('Content-Disposition', disposition(fileName));
    return reply.send(pdf);
  });

  r.get('/api/exports/roster.xlsx', { schema: { tags, description: '导出花名册（.xlsx，身份证号按查看权限脱敏）', querystring: ZExportQuery } }, async (req, reply) => {
    const { ctx } = requireAuth(req);
    const scope = rosterScope(ctx.viewer);
    if (!isOrganAdmin(ctx.viewer) && scope.branchIds.length === 0 && scope.groupIds.length === 0) throw forbidden('您无权导出花名册');
    const stream = new PassThrough();
    reply.header('Content-Type', XLSX).header('Content-Disposition', disposition(`党员花名册-${req.query.on ?? ctx.today}.xlsx`));
    void writeRosterXlsx(ctx, stream, { ...(req.query.branchId ? { branchId: req.query.branchId } : {}), ...(req.query.on ? { on: req.query.on } : {}) }).catch((e) => stream.destroy(e as Error));
    return reply.send(stream);
  });
}
