import { z } from 'zod';
import { ZDate, ZId, ZOptText } from './common.js';
import { ZTalk } from './talks.js';

/** 组织生活会 in three parts (LIFE-7, forms.md §7): before, the meeting, and the 整改落实台账 after. */
export const RECTIFICATION_SOURCES = ['selfInspection', 'criticism', 'opinions', 'higher', 'other'] as const;
export const RECTIFICATION_SOURCE_LABELS = { selfInspection: '自我查摆', criticism: '相互批评', opinions: '征求意见', higher: '上级反馈', other: '其他' } as const;
export const RECTIFICATION_STATUSES = ['open', 'closed', 'carriedOver'] as const;
export const RECTIFICATION_STATUS_LABELS = { open: '整改中', closed: '已完成销号', carriedOver: '持续整改' } as const;

const ZRef = z.object({ id: z.string(), name: z.string() });

export const ZLifeMeetingPreparation = z.object({
  theme: z.string().nullable(),
  opinionsCollectedOn: z.string().nullable(),
  opinionCount: z.number().int().nullable(),
  opinionsSummary: z.string().nullable(),
  reportedOn: z.string().nullable(),
});
export const ZLifeMeetingPreparationInput = z.object({
  theme: ZOptText(200),
  opinionsCollectedOn: ZDate.nullable().optional(),
  opinionCount: z.number().int().min(0).max(10000).nullable().optional(),
  opinionsSummary: ZOptText(5000),
  reportedOn: ZDate.nullable().optional(),
});

/** 对照检查材料 of one committee member (the text is an attachment of entity 'selfInspection'). */
export const ZSelfInspection = z.object({ id: z.string(), person: ZRef, submittedOn: z.string().nullable(), summary: z.string().nullable(), attachmentCount: z.number().int() });
export const ZSelfInspectionInput = z.object({ personId: ZId, submittedOn: ZDate.nullable().optional(), summary: ZOptText(5000) });

/** 相互批评意见 (forms.md §7b). */
export const ZCriticism = z.object({ id: z.string(), target: ZRef, critic: ZRef, opinion: z.string(), response: z.string().nullable() });
export const ZCriticismInput = z.object({
  targetPersonId: ZId,
  criticPersonId: ZId,
  opinion: z.string().trim().min(2, '请填写批评意见').max(5000),
  response: ZOptText(5000),
});

/** One item of the 整改落实台账 (forms.md §7c); evidence of closing is an attachment of entity 'rectification'. */
export const ZRectification = z.object({
  id: z.string(),
  meetingId: z.string(),
  heldOn: z.string(),
  seq: z.number().int(),
  source: z.enum(RECTIFICATION_SOURCES),
  problem: z.string(),
  measure: z.string(),
  owner: ZRef.nullable(),
  ownerName: z.string().nullable(),
  deadline: z.string(),
  status: z.enum(RECTIFICATION_STATUSES),
  progress: z.string().nullable(),
  closedOn: z.string().nullable(),
  carryReason: z.string().nullable(),
  /** still open after its deadline */
  overdue: z.boolean(),
  attachmentCount: z.number().int(),
});
export type Rectification = z.infer<typeof ZRectification>;
export const ZRectificationInput = z.object({
  source: z.enum(RECTIFICATION_SOURCES),
  problem: z.string().trim().min(2, '请填写存在问题').max(2000),
  measure: z.string().trim().min(2, '请填写整改措施').max(2000),
  ownerPersonId: ZId.nullable().optional(),
  ownerName: ZOptText(40),
  deadline: ZDate,
});
/** Progress, closing (with its date) or carrying over (with its reason). */
export const ZRectificationUpdate = ZRectificationInput.partial().extend({
  status: z.enum(RECTIFICATION_STATUSES).optional(),
  progress: ZOptText(5000),
  closedOn: ZDate.nullable().optional(),
  carryReason: ZOptText(1000),
});

export const ZLifeMeetingDossier = z.object({
  meetingId: z.string(),
  branchId: z.string(),
  branchName: z.string(),
  heldOn: z.string(),
  meetingStatus: z.enum(['planned', 'held', 'cancelled']),
  preparation: ZLifeMeetingPreparation,
  /** talks recorded as held before this meeting */
  talks: z.array(ZTalk),
  /** the committee members on the meeting's date, with their 对照检查材料 if any */
  selfInspections: z.array(ZSelfInspection),
  /** committee members with no 对照检查材料 yet */
  missingSelfInspections: z.array(ZRef),
  criticisms: z.array(ZCriticism),
  rectifications: z.array(ZRectification),
  summary: z.object({ open: z.number().int(), closed: z.number().int(), carriedOver: z.number().int(), overdue: z.number().int() }),
  /** every item closed or carried over with a reason (and at least one recorded) */
  complete: z.boolean(),
  abilities: z.object({ edit: z.boolean() }),
});
export type LifeMeetingDossier = z.infer<typeof ZLifeMeetingDossier>;

export const ZRectificationListQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
