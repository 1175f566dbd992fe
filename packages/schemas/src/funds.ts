import { z } from 'zod';
import { FUND_USE_CATEGORIES, FUND_USE_LABELS } from '@zhibu/domain';
import { ZDate, ZId, ZOptText } from './common.js';

/** Branch activity funds (LED-7), venue expense plans (REQ-2). Money in integer fen. */
export { FUND_USE_CATEGORIES, FUND_USE_LABELS };
export const VENUE_PLAN_STATUS_LABELS = { submitted: '待审批', approved: '已批准', rejected: '未批准' } as const;
export const FUND_BASIS_LABELS = { collected: '实交党费', due: '应交党费' } as const;

const ZFen = z.number().int('金额应为整数（单位：分）').positive('金额应大于0');
const ZYear = z.number().int().min(2000).max(2100);
export const ZFundYearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const ZReceipt = z.object({ id: z.string(), fileName: z.string(), mime: z.string(), size: z.number() });
export const ZFundEntry = z.object({
  id: z.string(),
  kind: z.enum(['allocation', 'expense']),
  occurredOn: z.string(),
  amountFen: z.number(),
  title: z.string(),
  duesYear: z.number().nullable(),
  useCategory: z.enum(FUND_USE_CATEGORIES).nullable(),
  activityReport: z.string().nullable(),
  meeting: z.object({ id: z.string(), label: z.string() }).nullable(),
  venuePlan: z.object({ id: z.string(), title: z.string() }).nullable(),
  receipts: z.array(ZReceipt),
  /** the balance after this entry */
  balanceFen: z.number(),
});
export type FundEntry = z.infer<typeof ZFundEntry>;

export const ZFundLedger = z.object({
  branch: z.object({ id: z.string(), name: z.string() }),
  year: z.number(),
  openingFen: z.number(),
  inFen: z.number(),
  outFen: z.number(),
  balanceFen: z.number(),
  /** the balance today, over all years: what an expense may take */
  currentBalanceFen: z.number(),
  entries: z.array(ZFundEntry),
  abilities: z.object({ write: z.boolean() }),
});
export type FundLedger = z.infer<typeof ZFundLedger>;

/** A file carried inside the expense, base64-encoded: the expense and its receipts are saved together or not at all. */
export const ZReceiptUpload = z.object({ fileName: z.string().trim().min(1).max(200), contentBase64: z.string().min(1, '票据文件是空的') });
export const ZFundExpenseInput = z.object({
  occurredOn: ZDate,
  amountFen: ZFen,
  title: z.string().trim().min(2, '请填写支出事项').max(100),
  useCategory: z.enum(FUND_USE_CATEGORIES, { message: '请选择经费用途' }),
  activityReport: z.string().trim().max(5000),
  meetingId: ZId.nullable().optional(),
  venuePlanId: ZId.nullable().optional(),
  receipts: z.array(ZReceiptUpload).max(10, '一次最多上传10个票据文件'),
});
export type FundExpenseInput = z.infer<typeof ZFundExpenseInput>;

export const ZAllocationRow = z.object({
  branch: z.object({ id: z.string(), name: z.string() }),
  collectedFen: z.number(),
  dueFen: z.number(),
  basisFen: z.number(),
  proposedFen: z.number(),
  allocated: z.object({ id: z.string(), amountFen: z.number(), occurredOn: z.string() }).nullable(),
});
export const ZAllocationProposal = z.object({
  year: z.number(),
  ratioPercent: z.number(),
  basis: z.enum(['collected', 'due']),
  items: z.array(ZAllocationRow),
});
export type AllocationProposal = z.infer<typeof ZAllocationProposal>;
export const ZAllocationInput = z.object({ branchId: ZId, duesYear: ZYear, occurredOn: ZDate, amountFen: ZFen.optional() });

export const ZVenuePlan = z.object({
  id: z.string(),
  branch: z.object({ id: z.string(), name: z.string() }),
  year: z.number(),
  title: z.string(),
  amountFen: z.number(),
  details: z.string().nullable(),
  status: z.enum(['submitted', 'approved', 'rejected']),
  decidedOn: z.string().nullable(),
  decisionNote: z.string().nullable(),
  spentFen: z.number(),
});
export type VenuePlan = z.infer<typeof ZVenuePlan>;
export const ZVenuePlanInput = z.object({ year: ZYear, title: z.string().trim().min(2, '请填写计划名称').max(100), amountFen: ZFen, details: ZOptText(2000) });
export const ZVenuePlanDecision = z.object({ decision: z.enum(['approve', 'reject']), note: ZOptText(500), decidedOn: ZDate.optional() });
export const ZVenuePlanQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional(), status: z.enum(['submitted', 'approved', 'rejected']).optional() });
