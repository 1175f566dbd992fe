import { z } from 'zod';
import { CASE_LIMITS, CASE_STATUSES, CASE_STATUS_LABELS } from '@zhibu/domain';
import { ZAttachment } from './attachments.js';

/** 典型经验库 (REQ-4): cases written by branches, reviewed, published and promoted by the 机关党委. */
export { CASE_LIMITS, CASE_STATUSES, CASE_STATUS_LABELS };

/** Loose bounds only: the domain (caseProblems) gives the precise Chinese messages. */
const caseFields = {
  title: z.string().max(1000, '标题过长'),
  summary: z.string().max(5000, '摘要过长'),
  body: z.string().max(100000, '正文过长'),
  tags: z.array(z.string().max(200, '标签过长')).max(100, '标签过多'),
  clauses: z.array(z.string().max(40, '条款编号不正确')).max(100, '条款过多'),
};
export const ZCaseInput = z.object({ ...caseFields, tags: caseFields.tags.default([]), clauses: caseFields.clauses.default([]) });
/** Only the fields given change (no defaults here: a missing list keeps the case's own). */
export const ZCaseUpdate = z.object(caseFields).partial();
export const ZCaseReturn = z.object({ reason: z.string().max(5000, '退回原因过长').default('') });
export const ZCasePromote = z.object({ promoted: z.boolean() });

export const ZCaseQuery = z.object({
  q: z.string().trim().max(100, '搜索词不能超过100个字').optional(),
  tag: z.string().trim().max(50).optional(),
  clause: z.string().trim().max(20).optional(),
  branchId: z.uuid({ message: '编号格式不正确' }).optional(),
  status: z.enum(CASE_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export const ZCaseCard = z.object({
  id: z.string(),
  branch: z.object({ id: z.string(), name: z.string() }),
  title: z.string(),
  summary: z.string(),
  tags: z.array(z.string()),
  clauses: z.array(z.string()),
  status: z.enum(CASE_STATUSES),
  returnReason: z.string().nullable(),
  promoted: z.boolean(),
  submittedOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  updatedAt: z.string(),
});
export type CaseCard = z.infer<typeof ZCaseCard>;

export const ZCaseAbilities = z.object({
  /** edit, submit, attach files (branch committee or organ admin, while draft or returned) */
  edit: z.boolean(),
  submit: z.boolean(),
  /** return, publish, promote (organ admin) */
  review: z.boolean(),
});
export const ZCase = ZCaseCard.extend({
  body: z.string(),
  createdBy: z.string(),
  attachments: z.array(ZAttachment),
  abilities: ZCaseAbilities,
});
export type Case = z.infer<typeof ZCase>;

export const ZCaseList = z.object({
  items: z.array(ZCaseCard),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** the tags of the cases the viewer can see, most used first (for the filter) */
  tags: z.array(z.string()),
  abilities: z.object({
    /** the organ admin: sees every status, reviews */
    review: z.boolean(),
    /** the branches the viewer may write cases for */
    writeBranches: z.array(z.object({ id: z.string(), name: z.string() })),
  }),
});
export type CaseList = z.infer<typeof ZCaseList>;
