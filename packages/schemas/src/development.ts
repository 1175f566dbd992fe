import { z } from 'zod';
import { ZDate, ZId, ZOptText } from './common.js';

/** 发展党员 (MEM-1): a development file of 5 stages and 25 steps, 双推双评, 公示; working-day adjustments. */
export const DEV_STATUSES = ['open', 'confirmed', 'stopped'] as const;
export const DEV_STATUS_LABELS = { open: '进行中', confirmed: '已转正', stopped: '已终止' } as const;
export const EVALUATION_KINDS = ['memberRecommendation', 'leagueRecommendation', 'massEvaluation', 'memberEvaluation'] as const;
export const NOTICE_STAGES = ['activist', 'candidate', 'admission', 'confirmation'] as const;
export const NOTICE_OUTCOMES = ['noObjection', 'objectionCleared', 'objectionUpheld'] as const;
export const NOTICE_OUTCOME_LABELS = { noObjection: '无异议', objectionCleared: '有反映，经核实不影响', objectionUpheld: '有反映，经核实属实' } as const;
export const DEADLINE_STATUSES = ['pending', 'dueSoon', 'overdue'] as const;
export const STEP_OUTCOMES = ['approved', 'rejected', 'confirm', 'extend', 'cancel'] as const;
export const STEP_OUTCOME_LABELS = { approved: '批准', rejected: '不批准', confirm: '按期转正', extend: '延长预备期', cancel: '取消预备党员资格' } as const;

const ZRef = z.object({ id: z.string(), name: z.string() });
const ZCount = z.number().int().min(0).max(100000);

/** The facts a step may carry (which ones depends on the step). */
export const ZDevStepData = z.object({
  expected: ZCount.optional(),
  present: ZCount.optional(),
  writtenOpinions: ZCount.optional(),
  yes: ZCount.optional(),
  no: ZCount.optional(),
  abstain: ZCount.optional(),
  personIds: z.array(ZId).max(5).optional(),
  result: z.enum(['passed', 'failed']).optional(),
  trainingDays: z.number().min(0).max(365).optional(),
  trainingHours: z.number().min(0).max(5000).optional(),
  trainingException: z.string().trim().max(500).optional(),
  outcome: z.enum(STEP_OUTCOMES).optional(),
  extensionMonths: z.number().int().min(1).max(24).optional(),
  specialNote: z.string().trim().max(500).optional(),
  groupName: z.string().trim().max(100).optional(),
});
export type DevStepDataInput = z.infer<typeof ZDevStepData>;

export const ZDevStepInput = z.object({
  step: z.number().int().min(1).max(25),
  doneOn: ZDate,
  actor: z.string().trim().min(1, '请填写办理人（谁做的）').max(100),
  responsiblePersonId: ZId.nullable().optional(),
  note: ZOptText(2000),
  data: ZDevStepData.default({}),
});
export type DevStepInput = z.infer<typeof ZDevStepInput>;

export const ZDevIssue = z.object({ rule: z.string(), message: z.string() });
export const ZDevCheckResult = z.object({ errors: z.array(ZDevIssue), warnings: z.array(ZDevIssue) });
export type DevCheckResult = z.infer<typeof ZDevCheckResult>;

export const ZDevOpen = z.object({
  /** an existing person of the branch (入党申请人), or a new one from the fields below */
  personId: ZId.optional(),
  person: z
    .object({
      name: z.string().trim().min(1, '请填写姓名').max(50),
      idNumber: z.string().trim().min(1, '请填写公民身份号码').max(18, '公民身份号码应为18位'),
      phone: ZOptText(20),
      jobPost: ZOptText(60),
    })
    .optional(),
  /** the day the branch received the application (step 1) */
  appliedOn: ZDate,
  responsiblePersonId: ZId.nullable().optional(),
  note: ZOptText(2000),
  plannedDepartureOn: ZDate.nullable().optional(),
});
export type DevOpenInput = z.infer<typeof ZDevOpen>;

export const ZDevEvaluationInput = z.object({
  kind: z.enum(EVALUATION_KINDS),
  heldOn: ZDate,
  organization: ZOptText(100),
  participantCount: ZCount,
  favourableCount: ZCount,
  generalCount: ZCount.nullable().optional(),
  poorCount: ZCount.nullable().optional(),
  abstainCount: ZCount.nullable().optional(),
  note: ZOptText(2000),
});
export type DevEvaluationInput = z.infer<typeof ZDevEvaluationInput>;

export const ZNoticeInput = z.object({
  stage: z.enum(NOTICE_STAGES),
  startOn: ZDate,
  endOn: ZDate,
  outcome: z.enum(NOTICE_OUTCOMES).nullable().optional(),
  feedback: ZOptText(5000),
});
export type NoticeInput = z.infer<typeof ZNoticeInput>;
export const ZNoticeUpdate = z.object({ outcome: z.enum(NOTICE_OUTCOMES), feedback: ZOptText(5000) });

export const ZDevStop = z.object({ stoppedOn: ZDate, reason: z.string().trim().min(2, '请填写终止原因').max(500) });

export const ZDevDeadline = z.object({
  kind: z.string(),
  step: z.number().int(),
  label: z.string(),
  dueOn: z.string(),
  warnFrom: z.string(),
  status: z.enum(DEADLINE_STATUSES),
  rule: z.string(),
});
export type DevDeadlineOut = z.infer<typeof ZDevDeadline>;

export const ZDevStepDef = z.object({ no: z.number().int(), name: z.string(), stage: z.number().int(), actor: z.string(), records: z.array(z.string()), limit: z.string().nullable() });

export const ZDevStep = z.object({
  id: z.string(),
  step: z.number().int(),
  name: z.string(),
  stage: z.number().int(),
  doneOn: z.string(),
  actor: z.string(),
  responsible: ZRef.nullable(),
  note: z.string().nullable(),
  data: ZDevStepData.extend({ persons: z.array(ZRef).optional() }),
  /** the warnings shown when it was recorded */
  warnings: z.array(ZDevIssue),
  recordedAt: z.string(),
});
export type DevStep = z.infer<typeof ZDevStep>;

export const ZDevEvaluation = ZDevEvaluationInput.extend({ id: z.string(), organization: z.string().nullable(), note: z.string().nullable() });
export const ZNotice = z.object({
  id: z.string(),
  stage: z.enum(NOTICE_STAGES),
  startOn: z.string(),
  endOn: z.string(),
  workdays: z.number().int(),
  outcome: z.enum(NOTICE_OUTCOMES).nullable(),
  feedback: z.string().nullable(),
});

export const ZDevelopment = z.object({
  id: z.string(),
  branch: ZRef,
  person: z.object({ id: z.string(), name: z.string(), gender: z.string().nullable(), birthDate: z.string().nullable(), category: z.string(), joinedOn: z.string().nullable(), confirmedOn: z.string().nullable() }),
  ruleVersion: z.enum(['2014', '2026']),
  ruleTitle: z.string(),
  ruleConfirmed: z.boolean(),
  status: z.enum(DEV_STATUSES),
  stoppedOn: z.string().nullable(),
  stoppedReason: z.string().nullable(),
  plannedDepartureOn: z.string().nullable(),
  stage: z.number().int(),
  steps: z.array(ZDevStep),
  stepDefs: z.array(ZDevStepDef),
  next: z.array(z.number().int()),
  evaluations: z.array(ZDevEvaluation),
  notices: z.array(ZNotice),
  deadlines: z.array(ZDevDeadline),
  probation: z.object({ start: z.string(), end: z.string() }).nullable(),
  abilities: z.object({ write: z.boolean() }),
});
export type Development = z.infer<typeof ZDevelopment>;

export const ZDevSummary = z.object({
  id: z.string(),
  person: ZRef,
  category: z.string(),
  status: z.enum(DEV_STATUSES),
  stage: z.number().int(),
  appliedOn: z.string().nullable(),
  lastStep: z.object({ step: z.number().int(), name: z.string(), doneOn: z.string() }).nullable(),
  next: z.array(z.object({ no: z.number().int(), name: z.string() })),
  deadlines: z.array(ZDevDeadline),
});
export type DevSummary = z.infer<typeof ZDevSummary>;

export const ZDevBoard = z.object({
  branch: ZRef,
  stages: z.array(z.object({ no: z.number().int(), name: z.string(), count: z.number().int() })),
  files: z.array(ZDevSummary),
  /** finished or stopped files, newest first */
  closed: z.array(ZDevSummary),
  abilities: z.object({ write: z.boolean() }),
});
export type DevBoard = z.infer<typeof ZDevBoard>;

export const ZWorkdayAdjustment = z.object({ day: ZDate, isWorkday: z.boolean(), note: ZOptText(200) });
export const ZWorkdays = z.object({ items: z.array(z.object({ day: z.string(), isWorkday: z.boolean(), note: z.string().nullable() })) });
export const ZWorkdaysPut = z.object({ items: z.array(ZWorkdayAdjustment).max(1000) });
