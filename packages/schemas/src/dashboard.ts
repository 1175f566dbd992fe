import { z } from 'zod';
import { COVERAGE_STATUSES } from '@zhibu/domain';
import { ZId } from './common.js';

/** 工作看板 (issue 7 §8). */
export const ZDashboardQuery = z.object({
  year: z.coerce.number().int('年份须为整数').min(2000, '年份不能早于2000年').max(2100, '年份不能晚于2100年').optional(),
  branchId: ZId.optional(),
});

export const ZCoverageStatus = z.enum(COVERAGE_STATUSES);
export const ZCoverageSummary = z.object({
  counts: z.record(ZCoverageStatus, z.number().int()),
  /** cells that apply (all but notApplicable) */
  applicable: z.number().int(),
  /** met ÷ applicable, 0..1; null when nothing applies */
  rate: z.number().nullable(),
});

export const ZDashboardMonth = z.object({
  month: z.string(),
  /** the date the month's standards check was judged at: its last day, or today while it is open */
  asOf: z.string(),
  coverage: ZCoverageSummary,
  /** 三会一课: meetings held (status held), the meetings due by the check's LIFE findings, and of those the ones met */
  meetings: z.object({ held: z.number().int(), due: z.number().int(), met: z.number().int() }),
  /** attendance rows of held meetings (guests left out); rate = present ÷ expected */
  attendance: z.object({ expected: z.number().int(), present: z.number().int(), onLeave: z.number().int(), absent: z.number().int(), rate: z.number().nullable() }),
  /** members liable for the month, those with it paid or exempt, the amount paid for it in fen; rate = settled ÷ liable */
  dues: z.object({ liable: z.number().int(), settled: z.number().int(), amountFen: z.number().int(), rate: z.number().nullable() }),
});

export const ZDashboardPipeline = z.object({ category: z.enum(['applicant', 'activist', 'candidate', 'probationary']), label: z.string(), count: z.number().int() });

/** One branch's year in the organ's table. */
export const ZDashboardBranchRow = z.object({
  branchId: z.string(),
  fullName: z.string(),
  shortName: z.string(),
  coverageRate: z.number().nullable(),
  unmet: z.number().int(),
  meetingsHeld: z.number().int(),
  meetingsDue: z.number().int(),
  meetingsMet: z.number().int(),
  attendanceRate: z.number().nullable(),
  duesRate: z.number().nullable(),
});

export const ZDashboardAssessment = z.object({ year: z.number().int(), total: z.number(), grade: z.string().nullable(), rank: z.number().int().nullable().optional() });

export const ZDashboard = z.object({
  scope: z.enum(['organ', 'branch']),
  year: z.number().int(),
  asOf: z.string(),
  organName: z.string(),
  branch: z.object({ id: z.string(), fullName: z.string(), shortName: z.string() }).nullable(),
  months: z.array(ZDashboardMonth),
  /** the clauses with the most branches unmet now */
  topUnmet: z.array(z.object({ clause: z.string(), title: z.string(), branches: z.number().int() })),
  pipeline: z.array(ZDashboardPipeline),
  /** filled once the annual assessment publishes results */
  assessment: z.array(ZDashboardAssessment),
  /** some past months' coverage predates the latest change and is being recomputed (reload in a moment) */
  refreshing: z.boolean(),
  /** organ view: one row per branch; branch view: [] */
  branches: z.array(ZDashboardBranchRow),
});

export type Dashboard = z.infer<typeof ZDashboard>;
export type DashboardMonth = z.infer<typeof ZDashboardMonth>;
export type DashboardBranchRow = z.infer<typeof ZDashboardBranchRow>;
