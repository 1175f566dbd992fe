import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZDuesBaseImportReport,
  ZDuesBaseInput,
  ZDuesDeleteQuery,
  ZDuesGrid,
  ZDuesMemberYear,
  ZDuesMonthQuery,
  ZDuesPayment,
  ZDuesPaymentInput,
  ZDuesReductionInput,
  ZDuesYearQuery,
  ZId,
  ZIdParams,
  ZMyDues,
  ZOk,
  ZThemeDayDues,
  ZVoluntaryDuesInput,
} from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import { invalid } from '../../errors.js';
import type { FeatureDeps } from '../routes.js';
import { MAX_IMPORT_BYTES } from '../imports/xlsxReader.js';
import * as svc from './service.js';
import * as bases from './bases.js';
import * as pay from './payments.js';
import { duesCardPdf, ledgerXlsx, monthSheetPdf } from './documents.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const disposition = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;
const ZItemParams = z.object({ id: ZId, itemId: ZId });
const ZImportYear = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

/** 党费 (issue 6 §4–5): the branch's year grid, bases, reductions, payments, the papers, and 我的党费. */
export async function duesRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['党费'];
  const ctxOf = (req: Parameters<typeof requireAuth>[0]) => requireAuth(req).ctx;

  r.get('/api/branches/:id/dues', { schema: { tags, description: '本支部一年的党费收缴（党员×月份：应交、实交、状态；每月合计）', params: ZIdParams, querystring: ZDuesYearQuery, response: { 200: ZDuesGrid } } }, async (req) =>
    svc.duesGrid(ctxOf(req), req.params.id, req.query.year),
  );
  r.put('/api/branches/:id/dues/bases', { schema: { tags, description: '登记党员自某月起的党费类别和交纳基数', params: ZIdParams, body: ZDuesBaseInput, response: { 200: ZDuesMemberYear } } }, async (req) =>
    bases.putBase(ctxOf(req), req.params.id, req.body),
  );
  r.delete('/api/branches/:id/dues/bases/:itemId', { schema: { tags, params: ZItemParams, response: { 200: ZOk } } }, async (req) => {
    await bases.deleteBase(ctxOf(req), req.params.id, req.params.itemId);
    return { ok: true as const };
  });
  r.get('/api/branches/:id/dues/bases/template.xlsx', { schema: { tags, description: '交纳基数导入模板（按本支部党员预填）', params: ZIdParams, querystring: ZDuesYearQuery } }, async (req, reply) => {
    const { fileName, xlsx } = await bases.baseTemplate(ctxOf(req), req.params.id, req.query.year ?? Number(ctxOf(req).today.slice(0, 4)));
    reply.header('Content-Type', XLSX).header('Content-Disposition', disposition(fileName));
    return reply.send(xlsx);
  });
  r.post(
    '/api/branches/:id/dues/bases/import',
    {
      bodyLimit: MAX_IMPORT_BYTES + 1024 * 1024,
      schema: { tags, description: '导入一年的交纳基数：请求体为 .xlsx（application/octet-stream）；逐行校验，有错则全部不导入', params: ZIdParams, querystring: ZImportYear, response: { 200: ZDuesBaseImportReport } },
    },
    async (req) => {
      if (!Buffer.isBuffer(req.body)) throw invalid('请以 application/octet-stream 上传 Excel 文件');
      return bases.importBases(ctxOf(req), req.params.id, req.query.year, req.body);
    },
  );
  r.post('/api/branches/:id/dues/reductions', { schema: { tags, description: '登记减交或免交（支部研究、上级党委批准）', params: ZIdParams, body: ZDuesReductionInput, response: { 200: z.object({ id: z.string() }) } } }, async (req) =>
    pay.addReduction(ctxOf(req), req.params.id, req.body),
  );
  r.delete('/api/branches/:id/dues/reductions/:itemId', { schema: { tags, params: ZItemParams, response: { 200: ZOk } } }, async (req) => {
    await pay.deleteReduction(ctxOf(req), req.params.id, req.params.itemId);
    return { ok: true as const };
  });
  r.post('/api/branches/:id/dues/payments', { schema: { tags, description: '登记一名党员一个或几个月的党费（预交、补交）；有一个月不符合则全部不登记', params: ZIdParams, body: ZDuesPaymentInput, response: { 200: z.object({ items: z.array(ZDuesPayment) }) } } }, async (req) => ({
    items: await pay.recordPayment(ctxOf(req), req.params.id, req.body),
  }));
  r.post('/api/branches/:id/dues/voluntary', { schema: { tags, description: '登记自愿多交党费（1000元以上全额上缴中央）', params: ZIdParams, body: ZVoluntaryDuesInput, response: { 200: ZDuesPayment } } }, async (req) =>
    pay.recordVoluntary(ctxOf(req), req.params.id, req.body),
  );
  r.delete('/api/branches/:id/dues/payments/:itemId', { schema: { tags, description: '更正：删除一条交费记录（须说明原因，记入审计）', params: ZItemParams, querystring: ZDuesDeleteQuery, response: { 200: ZOk } } }, async (req) => {
    await pay.deletePayment(ctxOf(req), req.params.id, req.params.itemId, req.query.reason);
    return { ok: true as const };
  });
  r.get('/api/branches/:id/dues/sheet.pdf', { schema: { tags, description: '月度党费收缴登记表（PDF）', params: ZIdParams, querystring: ZDuesMonthQuery } }, async (req, reply) => {
    const { fileName, pdf } = await monthSheetPdf(ctxOf(req), req.params.id, req.query.month);
    reply.header('Content-Type', 'application/pdf').header('Content-Disposition', disposition(fileName));
    return reply.send(pdf);
  });
  r.get('/api/branches/:id/dues/ledger.xlsx', { schema: { tags, description: '年度党费收缴台账（.xlsx）', params: ZIdParams, querystring: ZDuesYearQuery } }, async (req, reply) => {
    const { fileName, xlsx } = await ledgerXlsx(ctxOf(req), req.params.id, req.query.year ?? Number(ctxOf(req).today.slice(0, 4)));
    reply.header('Content-Type', XLSX).header('Content-Disposition', disposition(fileName));
    return reply.send(xlsx);
  });
  r.get('/api/persons/:id/dues-card.pdf', { schema: { tags, description: '党费证（PDF）：本人、所在支部委员和机关党委可打印', params: ZIdParams } }, async (req, reply) => {
    const { fileName, pdf } = await duesCardPdf(ctxOf(req), req.params.id);
    reply.header('Content-Type', 'application/pdf').header('Content-Disposition', disposition(fileName));
    return reply.send(pdf);
  });
  r.get('/api/me/dues', { schema: { tags, description: '我的党费（本年各月应交、实交、欠交）', querystring: ZDuesYearQuery, response: { 200: ZMyDues } } }, async (req) => svc.myDues(ctxOf(req), req.query.year));
  r.get('/api/meetings/:id/dues', { schema: { tags, description: '主题党日“交纳当月党费”：出席党员中已交本月党费的人数（由交费记录得出）', params: ZIdParams, response: { 200: ZThemeDayDues } } }, async (req) =>
    svc.themeDayDuesOf(ctxOf(req), req.params.id),
  );
}
