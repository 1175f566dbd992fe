import { z } from 'zod';
import { CARE_VISIT_KINDS, CARE_VISIT_KIND_LABELS, HARDSHIP_KINDS, HARDSHIP_KIND_LABELS } from '@zhibu/domain';
import { ZDate, ZId } from './common.js';

/** Care for members in difficulty (困难党员, MEM-5); details visible per contracts §4. */
export { CARE_VISIT_KINDS, CARE_VISIT_KIND_LABELS, HARDSHIP_KINDS, HARDSHIP_KIND_LABELS };

export const ZCareVisit = z.object({
  id: z.string(),
  visitedOn: z.string(),
  kind: z.enum(CARE_VISIT_KINDS),
  visitors: z.string(),
  aidFen: z.number().nullable(),
  description: z.string(),
});
export const ZHardship = z.object({
  id: z.string(),
  branchId: z.string(),
  person: z.object({ id: z.string(), name: z.string() }),
  kind: z.enum(HARDSHIP_KINDS),
  details: z.string(),
  sinceOn: z.string(),
  resolvedOn: z.string().nullable(),
  visits: z.array(ZCareVisit),
  visitedThisYear: z.boolean(),
});
export type Hardship = z.infer<typeof ZHardship>;
export const ZHardshipList = z.object({
  year: z.number(),
  /** all of the branch's records (admin, committee) or only one's own */
  reach: z.enum(['all', 'own']),
  items: z.array(ZHardship),
  abilities: z.object({ write: z.boolean() }),
});
export type HardshipList = z.infer<typeof ZHardshipList>;
export const ZHardshipInput = z.object({ personId: ZId, kind: z.enum(HARDSHIP_KINDS), details: z.string().trim().min(2, '请填写困难情况').max(2000), sinceOn: ZDate });
export const ZHardshipUpdate = z.object({
  kind: z.enum(HARDSHIP_KINDS).optional(),
  details: z.string().trim().min(2, '请填写困难情况').max(2000).optional(),
  sinceOn: ZDate.optional(),
  resolvedOn: ZDate.nullable().optional(),
});
export const ZCareVisitInput = z.object({
  visitedOn: ZDate,
  kind: z.enum(CARE_VISIT_KINDS),
  visitors: z.string().trim().min(2, '请填写走访人').max(200),
  aidFen: z.number().int('金额应为整数（单位：分）').min(0, '金额不能为负').nullable().optional(),
  description: z.string().trim().min(2, '请填写走访情况').max(2000),
});
