import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAdvanceInput,
  ZAppraisal,
  ZAppraisalListItem,
  ZAppraisalPersonParams,
  ZAppraisalStart,
  ZAppraisalUpdate,
  ZBallotInput,
  ZGradesInput,
  ZId,
  ZIdParams,
  ZPeerReviewInput,
  ZSelfReviewInput,
  ZTalliesInput,
} from '@zhibu/schemas';
import { requireAuth } from '../../http/auth.js';
import type { FeatureDeps } from '../routes.js';
import * as svc from './service.js';
import { castBallot, closeBallot, openBallot } from './ballot.js';
import { ballotSheetPdf } from './ballotSheetPdf.js';
import { disposition } from './pdfCommon.js';
import { registerPdf } from './registerPdf.js';
import { tallyPdf } from './tallyPdf.js';

const sendPdf = (reply: FastifyReply, { fileName, pdf }: { fileName: string; pdf: Buffer }) =>
  reply.header('Content-Type', 'application/pdf').header('Content-Disposition', disposition(fileName)).send(pdf);

/** 民主评议党员 (LIFE-9, issue 5 §7): the four steps, the online anonymous ballot, 组织评定 and the printed forms. */
export async function appraisalRoutes(app: FastifyInstance, _deps: FeatureDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['组织生活'];
  const one = { params: ZIdParams, response: { 200: ZAppraisal } };
  r.get('/api/branches/:id/appraisals', { schema: { tags, description: '本支部的民主评议党员（可按年度筛选）', params: ZIdParams, querystring: z.object({ year: z.coerce.number().int().optional() }), response: { 200: z.object({ items: z.array(ZAppraisalListItem) }) } } }, async (req) => ({
    items: await svc.listAppraisals(requireAuth(req).ctx, req.params.id, req.query.year),
  }));
  r.post('/api/branches/:id/appraisals', { schema: { tags, description: '开展本年度民主评议党员（名单取开始日期的在册党员）', params: ZIdParams, body: ZAppraisalStart, response: { 200: ZAppraisal } } }, async (req) =>
    svc.startAppraisal(requireAuth(req).ctx, req.params.id, req.body),
  );
  r.get('/api/appraisals/:id', { schema: { tags, description: '民主评议（党员本人只看到自己的评议情况）', ...one } }, async (req) => svc.getAppraisal(requireAuth(req).ctx, req.params.id));
  r.patch('/api/appraisals/:id', { schema: { tags, description: '更改评议会议、测评方式（民主测评开始前）', ...one, body: ZAppraisalUpdate } }, async (req) => svc.updateAppraisal(requireAuth(req).ctx, req.params.id, req.body));
  r.put('/api/appraisals/:id/self-reviews/:personId', { schema: { tags, description: '个人自评（本人填写，或支部代为录入）', params: ZAppraisalPersonParams, body: ZSelfReviewInput, response: { 200: ZAppraisal } } }, async (req) =>
    svc.putSelfReview(requireAuth(req).ctx, req.params.id, req.params.personId, req.body),
  );
  r.put('/api/appraisals/:id/peer-reviews', { schema: { tags, description: '登记党员互评（日期及意见摘要）', ...one, body: ZPeerReviewInput } }, async (req) => svc.putPeerReviews(requireAuth(req).ctx, req.params.id, req.body));
  r.post('/api/appraisals/:id/advance', { schema: { tags, description: '进入下一步（依次进行，不能跳过或退回）', ...one, body: ZAdvanceInput } }, async (req) => svc.advanceAppraisal(requireAuth(req).ctx, req.params.id, req.body));
  r.put('/api/appraisals/:id/tallies', { schema: { tags, description: '录入纸质选票的计票结果（全部保存或全部不保存）', ...one, body: ZTalliesInput } }, async (req) => svc.putTallies(requireAuth(req).ctx, req.params.id, req.body));
  r.post('/api/appraisals/:id/ballot/open', { schema: { tags, description: '开始线上无记名测评', ...one } }, async (req) => openBallot(requireAuth(req).ctx, req.params.id));
  r.post('/api/appraisals/:id/ballot/close', { schema: { tags, description: '结束线上无记名测评', ...one } }, async (req) => closeBallot(requireAuth(req).ctx, req.params.id));
  r.post('/api/appraisals/:id/ballot', { schema: { tags, description: '线上无记名投票（只记录已投票，不记录投了什么）', ...one, body: ZBallotInput } }, async (req) => castBallot(requireAuth(req).ctx, req.params.id, req.body));
  r.put('/api/appraisals/:id/grades', { schema: { tags, description: '组织评定（优秀不超过三分之一，预备党员不评定等次）', ...one, body: ZGradesInput } }, async (req) => svc.putGrades(requireAuth(req).ctx, req.params.id, req.body));
  r.get('/api/appraisals/:id/register.pdf', { schema: { tags, description: '打印民主评议党员登记表（PDF，一人一页）', params: ZIdParams, querystring: z.object({ personId: ZId.optional() }) } }, async (req, reply) =>
    sendPdf(reply, await registerPdf(requireAuth(req).ctx, req.params.id, req.query.personId)),
  );
  r.get('/api/appraisals/:id/ballot-sheet.pdf', { schema: { tags, description: '打印民主评议党员测评表（无记名空白选票）', params: ZIdParams } }, async (req, reply) =>
    sendPdf(reply, await ballotSheetPdf(requireAuth(req).ctx, req.params.id)),
  );
  r.get('/api/appraisals/:id/tally.pdf', { schema: { tags, description: '打印民主测评汇总表', params: ZIdParams } }, async (req, reply) => sendPdf(reply, await tallyPdf(requireAuth(req).ctx, req.params.id)));
}
