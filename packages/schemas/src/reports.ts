import { z } from 'zod';
import { ZDate, ZId, ZOptText } from './common.js';

/** LIFE-6 the branch's reports, LIFE-8 every member's yearly 党员汇报. */
export const BRANCH_REPORT_KINDS = ['toOrgan', 'toAssembly'] as const;
export const BRANCH_REPORT_KIND_LABELS = { toOrgan: '向机关党委报告工作', toAssembly: '年终向党员大会报告工作' } as const;
export const BRANCH_REPORT_STATUSES = ['draft', 'submitted', 'received', 'returned'] as const;
export const BRANCH_REPORT_STATUS_LABELS = { draft: '草稿', submitted: '已报送', received: '机关党委已收到', returned: '已退回' } as const;
export const MEMBER_REPORT_AUDIENCES = ['group', 'branch'] as const;
export const MEMBER_REPORT_AUDIENCE_LABELS = { group: '向党小组汇报', branch: '向党支部汇报' } as const;

const ZRef = z.object({ id: z.string(), name: z.string() });

export const ZBranchReport = z.object({
  id: z.string(),
  branchId: z.string(),
  branchName: z.string(),
  year: z.number().int(),
  kind: z.enum(BRANCH_REPORT_KINDS),
  title: z.string(),
  body: z.string().nullable(),
  /** toAssembly: the 党员大会 it was given at */
  meetingId: z.string().nullable(),
  reportedOn: z.string().nullable(),
  status: z.enum(BRANCH_REPORT_STATUSES),
  submittedOn: z.string().nullable(),
  receivedOn: z.string().nullable(),
  returnReason: z.string().nullable(),
  attachmentCount: z.number().int(),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean() }),
});
export type BranchReport = z.infer<typeof ZBranchReport>;
/** The 机关党委's inbox: the reports of a year, and the active branches that have sent none yet (LIFE-6). */
export const ZOrganReportInbox = z.object({
  items: z.array(ZBranchReport),
  notSubmitted: z.array(z.object({ branchId: z.string(), branchName: z.string() })),
});
export type OrganReportInbox = z.infer<typeof ZOrganReportInbox>;
export const ZBranchReportInput = z.object({
  year: z.number().int().min(2000).max(2100),
  kind: z.enum(BRANCH_REPORT_KINDS),
  title: z.string().trim().min(2, '请填写标题').max(200),
  body: ZOptText(50000),
  meetingId: ZId.nullable().optional(),
  reportedOn: ZDate.nullable().optional(),
});
export const ZBranchReportUpdate = ZBranchReportInput.omit({ year: true, kind: true }).partial();
export const ZBranchReportReview = z.object({ action: z.enum(['receive', 'return']), note: ZOptText(1000) });
export const ZYearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const ZMemberReport = z.object({
  id: z.string(),
  person: ZRef,
  branchId: z.string(),
  year: z.number().int(),
  reportedOn: z.string(),
  audience: z.enum(MEMBER_REPORT_AUDIENCES),
  meetingId: z.string().nullable(),
  content: z.string().nullable(),
  enteredBy: z.enum(['self', 'committee']),
});
export type MemberReport = z.infer<typeof ZMemberReport>;
export const ZMemberReportInput = z.object({
  personId: ZId,
  year: z.number().int().min(2000).max(2100),
  reportedOn: ZDate,
  audience: z.enum(MEMBER_REPORT_AUDIENCES),
  meetingId: ZId.nullable().optional(),
  content: ZOptText(20000),
});
export const ZMemberReportUpdate = ZMemberReportInput.omit({ personId: true, year: true }).partial();
/** A member's own report, entered in their own login. */
export const ZOwnMemberReportInput = ZMemberReportInput.omit({ personId: true });
/** The branch's 党员 of the year, each with their report or none yet (LIFE-8). */
export const ZMemberReportStatus = z.object({ year: z.number().int(), members: z.array(z.object({ person: ZRef, report: ZMemberReport.nullable() })) });
