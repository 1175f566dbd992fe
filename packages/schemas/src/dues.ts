import { z } from 'zod';
import { DUES_CATEGORY_CODES } from '@zhibu/domain';
import { ZDate, ZId, ZOptText } from './common.js';

/** 党费 (MEM-3, LED-3, LED-8): bases, reductions, payments and the branch's year grid. Money in integer fen. */
export const ZMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM');
export const ZDuesYearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const ZDuesMonthQuery = z.object({ month: ZMonth });
export const DUES_METHODS = ['cash', 'transfer', 'online'] as const;
export const DUES_METHOD_LABELS = { cash: '现金', transfer: '转账', online: '线上' } as const;
export const DUES_STATUSES = ['paid', 'paidAhead', 'madeUp', 'unpaid', 'notYetDue', 'exempt', 'notLiable'] as const;
export const DUES_STATUS_LABELS = { paid: '已交', paidAhead: '预交', madeUp: '补交', unpaid: '欠交', notYetDue: '未到期', exempt: '免交', notLiable: '—' } as const;

/** A yuan amount as typed (`'3000.01'`): checked by the server, which answers in Chinese. */
const ZYuan = z.string().max(20);
const ZRef = z.object({ id: z.string(), name: z.string() });

export const ZDuesBaseInput = z.object({
  personId: ZId,
  fromMonth: ZMonth,
  category: z.enum(DUES_CATEGORY_CODES),
  /** 交纳基数（元）, for the categories paying a rate */
  base: ZYuan.nullable().optional(),
  /** a farmer's monthly amount (元, 0.20–1.00) */
  fixed: ZYuan.nullable().optional(),
  note: ZOptText(200),
});
export type DuesBaseInput = z.infer<typeof ZDuesBaseInput>;

export const ZDuesBase = z.object({
  id: z.string(),
  fromMonth: z.string(),
  category: z.enum(DUES_CATEGORY_CODES),
  baseFen: z.number().nullable(),
  fixedFen: z.number().nullable(),
  note: z.string().nullable(),
});

export const ZDuesReductionInput = z.object({
  personId: ZId,
  fromMonth: ZMonth,
  toMonth: ZMonth,
  /** the monthly amount instead (元); '0' = 免交 */
  amount: ZYuan,
  reason: z.string().trim().min(1, '请填写减免原因').max(500),
  branchDecidedOn: ZDate,
  approvalRef: z.string().trim().min(1, '请填写上级党委批准文号或依据').max(100),
  approvedOn: ZDate,
});
export type DuesReductionInput = z.infer<typeof ZDuesReductionInput>;

export const ZDuesReduction = z.object({
  id: z.string(),
  person: ZRef,
  fromMonth: z.string(),
  toMonth: z.string(),
  amountFen: z.number(),
  reason: z.string(),
  branchDecidedOn: z.string(),
  approvalRef: z.string(),
  approvedOn: z.string(),
});

const paymentCommon = {
  personId: ZId,
  paidOn: ZDate,
  method: z.enum(DUES_METHODS),
  receiptNo: ZOptText(50),
  collectorPersonId: ZId.nullable().optional(),
  /** 代交人 (with the branch's consent) */
  paidBy: ZOptText(50),
  note: ZOptText(500),
};

export const ZDuesPaymentInput = z.object({
  ...paymentCommon,
  months: z.array(ZMonth).min(1, '请选择交纳的月份').max(24),
  /** per month (元); omitted = exactly the month's due */
  amount: ZYuan.nullable().optional(),
});
export type DuesPaymentInput = z.infer<typeof ZDuesPaymentInput>;

export const ZVoluntaryDuesInput = z.object({ ...paymentCommon, amount: ZYuan });
export type VoluntaryDuesInput = z.infer<typeof ZVoluntaryDuesInput>;

export const ZDuesDeleteQuery = z.object({ reason: z.string().trim().min(1, '请填写删除原因').max(200) });

export const ZDuesPayment = z.object({
  id: z.string(),
  person: ZRef,
  kind: z.enum(['monthly', 'voluntary']),
  month: z.string().nullable(),
  dueFen: z.number().nullable(),
  amountFen: z.number(),
  paidOn: z.string(),
  method: z.enum(DUES_METHODS),
  receiptNo: z.string().nullable(),
  collector: ZRef.nullable(),
  paidBy: z.string().nullable(),
  note: z.string().nullable(),
  /** R-DUES-5: a voluntary payment ≥ 1000 yuan, remitted whole to the Central Committee */
  centralRemittance: z.boolean(),
});
export type DuesPayment = z.infer<typeof ZDuesPayment>;

export const ZDuesMonthCell = z.object({
  month: z.string(),
  status: z.enum(DUES_STATUSES),
  dueFen: z.number().nullable(),
  paidFen: z.number().nullable(),
  paidOn: z.string().nullable(),
  paymentId: z.string().nullable(),
});
export type DuesMonthCell = z.infer<typeof ZDuesMonthCell>;

export const ZDuesMemberYear = z.object({
  person: ZRef,
  /** in force at the year's last liable month up to today */
  category: z.enum(DUES_CATEGORY_CODES).nullable(),
  categoryLabel: z.string().nullable(),
  baseFen: z.number().nullable(),
  rate: z.string().nullable(),
  monthlyDueFen: z.number().nullable(),
  dueFen: z.number(),
  paidFen: z.number(),
  arrears: z.array(z.string()),
  months: z.array(ZDuesMonthCell),
  bases: z.array(ZDuesBase),
});
export type DuesMemberYear = z.infer<typeof ZDuesMemberYear>;

export const ZDuesGrid = z.object({
  year: z.number(),
  branch: ZRef,
  members: z.array(ZDuesMemberYear),
  /** 应交 / 实交 per month of the members listed */
  months: z.array(z.object({ month: z.string(), dueFen: z.number(), paidFen: z.number() })),
  dueFen: z.number(),
  paidFen: z.number(),
  reductions: z.array(ZDuesReduction),
  voluntary: z.array(ZDuesPayment),
  abilities: z.object({ write: z.boolean() }),
});
export type DuesGrid = z.infer<typeof ZDuesGrid>;

export const ZMyDues = z.object({
  year: z.number(),
  member: ZDuesMemberYear.nullable(),
  branch: ZRef.nullable(),
});
export type MyDues = z.infer<typeof ZMyDues>;

export const ZDuesBaseImportReport = z.object({
  year: z.number(),
  imported: z.number(),
});

/** LIFE-5's derived 交纳当月党费 of a 主题党日. */
export const ZThemeDayDues = z.object({ month: z.string(), present: z.number(), paid: z.number(), unpaid: z.array(ZRef) });
export type ThemeDayDues = z.infer<typeof ZThemeDayDues>;
