import { z } from 'zod';
import { ZAttachment } from './attachments.js';
import { ZReceiptUpload } from './funds.js';
import { ZId } from './common.js';

/**
 * 检查考核 (REQ-4, issue 7 §6): the 机关党委's annual assessment of branches. A scheme (指标) per year with items
 * grouped by the six standards; each item is scored from the year's findings of its clause or by an assessor;
 * branches self-assess; published results (total, grade, rank, the reason for every lost point) are stored as
 * published. An assessment of branches, not a points game for members: nothing here scores a person.
 */
export const ASSESSMENT_STATUSES = ['draft', 'open', 'published'] as const;
export const ASSESSMENT_STATUS_LABELS = { draft: '指标制定中', open: '自评与评分中', published: '已公布' } as const;
export const ASSESSMENT_METHODS = ['findings', 'assessor'] as const;
export const ASSESSMENT_METHOD_LABELS = { findings: '按达标检查结果计分', assessor: '考核人员评分' } as const;
/** the six standards of the standard (二(一)…(六)), plus 组织实施 (三) for REQ-1/REQ-2 */
export const ASSESSMENT_STANDARDS = ['ORG', 'LIFE', 'MEM', 'LED', 'VEN', 'ROLE', 'REQ'] as const;
export const ASSESSMENT_STANDARD_LABELS = {
  ORG: '组织建设标准化',
  LIFE: '组织生活标准化',
  MEM: '党员管理标准化',
  LED: '信息台账标准化',
  VEN: '活动阵地标准化',
  ROLE: '发挥作用标准化',
  REQ: '组织实施',
} as const;
export const NOMINATION_KINDS = ['advancedBranch', 'excellentWorker'] as const;
export const NOMINATION_KIND_LABELS = { advancedBranch: '先进党支部', excellentWorker: '优秀党务工作者' } as const;

/** Points and scores: ≥ 0 with at most one decimal (8.5). The server checks a score against its item's points. */
const ZPoints = z.number({ message: '分值应为数字' }).min(0, '分值不能为负').max(1000, '分值过大').multipleOf(0.1, '分值最多保留一位小数');

export const ZGradeBand = z.object({ grade: z.string().trim().min(1, '请填写等次名称').max(10), min: ZPoints });
export type GradeBand = z.infer<typeof ZGradeBand>;

export const ZAssessmentItemInput = z.object({
  /** an existing item's id keeps its scores; a new item has none */
  id: ZId.optional(),
  standard: z.enum(ASSESSMENT_STANDARDS, { message: '请选择所属标准' }),
  clause: z.string().trim().min(1, '请选择条款').max(20),
  title: z.string().trim().min(1, '请填写考核内容').max(200),
  guidance: z.string().trim().max(2000).default(''),
  points: ZPoints.refine((p) => p > 0, '分值应大于0'),
  method: z.enum(ASSESSMENT_METHODS, { message: '请选择计分方式' }),
});
export type AssessmentItemInput = z.infer<typeof ZAssessmentItemInput>;

export const ZAssessmentCreate = z.object({
  year: z.number().int().min(2000, '年度不正确').max(2100, '年度不正确'),
  title: z.string().trim().max(100).optional(),
});
/** Replaces the scheme while it is a draft: items in order, and the grade bands (best first). */
export const ZAssessmentScheme = z.object({
  title: z.string().trim().min(1, '请填写标题').max(100),
  items: z.array(ZAssessmentItemInput).min(1, '指标至少一项').max(200, '指标过多'),
  grades: z.array(ZGradeBand).min(1, '至少一个等次').max(6),
});
export type AssessmentScheme = z.infer<typeof ZAssessmentScheme>;

export const ZAssessmentItem = ZAssessmentItemInput.extend({ id: z.string(), standardLabel: z.string(), clauseTitle: z.string() });
export type AssessmentItem = z.infer<typeof ZAssessmentItem>;

export const ZAssessmentCard = z.object({
  id: z.string(),
  year: z.number().int(),
  title: z.string(),
  status: z.enum(ASSESSMENT_STATUSES),
  totalPoints: z.number(),
  items: z.number().int(),
  publishedAt: z.string().nullable(),
});
export type AssessmentCard = z.infer<typeof ZAssessmentCard>;
export const ZAssessmentList = z.object({
  items: z.array(ZAssessmentCard),
  abilities: z.object({ create: z.boolean() }),
});
export type AssessmentList = z.infer<typeof ZAssessmentList>;

/** One branch's progress in an open assessment (organ admin and assessors). */
export const ZAssessmentBranchProgress = z.object({
  branch: z.object({ id: z.string(), name: z.string() }),
  submitted: z.boolean(),
  /** assessor items scored / assessor items in the scheme */
  scored: z.number().int(),
  toScore: z.number().int(),
  /** the assessor may not score this branch (their own) */
  ownBranch: z.boolean(),
});
export const ZAssessment = ZAssessmentCard.extend({
  grades: z.array(ZGradeBand),
  schemeItems: z.array(ZAssessmentItem),
  branches: z.array(ZAssessmentBranchProgress),
  abilities: z.object({
    /** edit the scheme, open, publish, nominate (organ admin) */
    manage: z.boolean(),
    /** score branches (organ admin, assessors) */
    score: z.boolean(),
    /** the branches whose self-assessment the viewer writes (书记/支委 of their branch) */
    selfAssessBranches: z.array(z.object({ id: z.string(), name: z.string() })),
  }),
});
export type Assessment = z.infer<typeof ZAssessment>;

/** An item of one branch's score sheet. */
export const ZScoreLine = z.object({
  item: ZAssessmentItem,
  /** findings items: the score the year's findings give and why points were lost (one line per unmet finding) */
  fromFindings: z.object({ score: z.number(), met: z.number().int(), judged: z.number().int(), reasons: z.array(z.string()) }).nullable(),
  selfScore: z.number().nullable(),
  selfNote: z.string().nullable(),
  /** an assessor's score (for a findings item: an override, with its note) */
  score: z.number().nullable(),
  note: z.string().nullable(),
  scoredBy: z.string().nullable(),
  /** the score that counts now: the assessor's, else the findings', else null (not yet scored) */
  effective: z.number().nullable(),
  /** why points were lost (the assessor's note, or the findings' reasons) */
  reason: z.string().nullable(),
  evidence: z.array(ZAttachment),
});
export type ScoreLine = z.infer<typeof ZScoreLine>;
export const ZScoreSheet = z.object({
  assessment: ZAssessmentCard,
  branch: z.object({ id: z.string(), name: z.string() }),
  lines: z.array(ZScoreLine),
  submission: z.object({ summary: z.string(), submittedAt: z.string(), submittedBy: z.string() }).nullable(),
  /** the published result, once published (stored, never recomputed) */
  result: z.object({ total: z.number(), grade: z.string(), rank: z.number().int(), of: z.number().int() }).nullable(),
  /** running totals while open */
  selfTotal: z.number(),
  provisionalTotal: z.number(),
  abilities: z.object({ selfAssess: z.boolean(), score: z.boolean() }),
});
export type ScoreSheet = z.infer<typeof ZScoreSheet>;

export const ZSelfAssessment = z.object({
  items: z.array(z.object({ itemId: ZId, score: ZPoints.nullable(), note: z.string().trim().max(2000).default('') })).max(200),
  summary: z.string().trim().max(5000).default(''),
  /** submit the self-assessment as a whole (it can be saved as a draft first) */
  submit: z.boolean().default(false),
});
export type SelfAssessment = z.infer<typeof ZSelfAssessment>;

/** An assessor's score of one item; a score below the item's points needs a note (the reason for the lost points). */
export const ZItemScore = z.object({
  score: ZPoints.nullable(),
  note: z.string().trim().max(2000).default(''),
  evidence: z.array(ZReceiptUpload).max(10, '一次最多上传10个文件').default([]),
});
export type ItemScore = z.infer<typeof ZItemScore>;

export const ZAssessmentResultRow = z.object({
  branch: z.object({ id: z.string(), name: z.string() }),
  total: z.number(),
  grade: z.string(),
  rank: z.number().int(),
  /** per standard: points lost */
  byStandard: z.array(z.object({ standard: z.enum(ASSESSMENT_STANDARDS), points: z.number(), score: z.number() })),
});
export const ZNomination = z.object({
  id: z.string(),
  kind: z.enum(NOMINATION_KINDS),
  branch: z.object({ id: z.string(), name: z.string() }),
  person: z.object({ id: z.string(), name: z.string() }).nullable(),
  reason: z.string(),
  nominatedBy: z.string(),
  nominatedAt: z.string(),
});
export type Nomination = z.infer<typeof ZNomination>;
export const ZAssessmentResults = z.object({
  assessment: ZAssessmentCard,
  /** organ admin and assessors: every branch; a branch's 支委: their own row only */
  rows: z.array(ZAssessmentResultRow),
  of: z.number().int(),
  nominations: z.array(ZNomination),
});
export type AssessmentResults = z.infer<typeof ZAssessmentResults>;

export const ZNominationInput = z.object({
  kind: z.enum(NOMINATION_KINDS, { message: '请选择推荐类别' }),
  branchId: ZId,
  personId: ZId.nullable().optional(),
  reason: z.string().trim().min(2, '请写明推荐理由').max(2000),
});
export type NominationInput = z.infer<typeof ZNominationInput>;
