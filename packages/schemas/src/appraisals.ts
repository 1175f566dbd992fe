import { z } from 'zod';
import { ZDate, ZId, ZOptText } from './common.js';

/** 民主评议党员 (LIFE-9, forms.md §4): four steps in order; tallies, never a ballot (contracts §5). */
export const APPRAISAL_STEPS = ['selfReview', 'peerReview', 'ballot', 'grading', 'done'] as const;
export type AppraisalStepCode = (typeof APPRAISAL_STEPS)[number];
export const APPRAISAL_STEP_LABELS = { selfReview: '个人自评', peerReview: '党员互评', ballot: '民主测评', grading: '组织评定', done: '已完成' } as const;
export const GRADES = ['excellent', 'qualified', 'basic', 'unqualified'] as const;
export type GradeCode = (typeof GRADES)[number];
export const GRADE_LABELS = { excellent: '优秀', qualified: '合格', basic: '基本合格', unqualified: '不合格' } as const;
export const BALLOT_MODES = ['paper', 'online'] as const;
export const BALLOT_MODE_LABELS = { paper: '纸质选票（录入计票结果）', online: '线上无记名测评' } as const;

const ZRef = z.object({ id: z.string(), name: z.string() });
export const ZTallies = z.object({ excellent: z.number().int(), qualified: z.number().int(), basic: z.number().int(), unqualified: z.number().int() });

export const ZAppraisalMember = z.object({
  person: ZRef,
  /** 预备党员 take part but get no grade */
  graded: z.boolean(),
  selfReview: z.string().nullable(),
  selfReviewOn: z.string().nullable(),
  selfReviewBy: z.enum(['self', 'committee']).nullable(),
  peerReview: z.string().nullable(),
  /** shown from the step after the ballot (an open online ballot shows no running tallies) */
  tallies: ZTallies.nullable(),
  grade: z.enum(GRADES).nullable(),
  gradeNote: z.string().nullable(),
  feedbackOn: z.string().nullable(),
});

export const ZAppraisal = z.object({
  id: z.string(),
  branchId: z.string(),
  branchName: z.string(),
  year: z.number().int(),
  step: z.enum(APPRAISAL_STEPS),
  startedOn: z.string(),
  meetingId: z.string().nullable(),
  ballotMode: z.enum(BALLOT_MODES),
  ballotOpen: z.boolean(),
  ballotsIssued: z.number().int().nullable(),
  ballotsReturned: z.number().int().nullable(),
  /** online: how many have voted (who voted is recorded, what they voted never) */
  voted: z.number().int(),
  peerReviewedOn: z.string().nullable(),
  ballotedOn: z.string().nullable(),
  gradedOn: z.string().nullable(),
  members: z.array(ZAppraisalMember),
  /** 优秀 at most this many (domain-rules.md R-EVAL-2, a share of those graded) */
  excellentMax: z.number().int(),
  /** what stops the move to the next step (empty when it may move) */
  blockers: z.array(z.string()),
  viewer: z.object({ manage: z.boolean(), canVote: z.boolean(), hasVoted: z.boolean(), ownSelfReview: z.boolean() }),
});
export type Appraisal = z.infer<typeof ZAppraisal>;
export const ZAppraisalListItem = ZAppraisal.pick({ id: true, year: true, step: true, startedOn: true, ballotMode: true, gradedOn: true });

export const ZAppraisalStart = z.object({
  year: z.number().int().min(2000).max(2100),
  startedOn: ZDate,
  meetingId: ZId.nullable().optional(),
  ballotMode: z.enum(BALLOT_MODES).optional(),
});
export const ZAppraisalUpdate = z.object({ meetingId: ZId.nullable().optional(), ballotMode: z.enum(BALLOT_MODES).optional() });
export const ZAppraisalPersonParams = z.object({ id: ZId, personId: ZId });
export const ZSelfReviewInput = z.object({ text: z.string().trim().min(10, '个人自评至少写 10 个字').max(10000), on: ZDate.optional() });
export const ZPeerReviewInput = z.object({ on: ZDate, entries: z.array(z.object({ personId: ZId, text: z.string().trim().min(1).max(5000) })).max(500) });
export const ZAdvanceInput = z.object({ to: z.enum(['peerReview', 'ballot', 'grading', 'done']) });
/** Paper ballots counted: 发出 / 收回 and per member the four tallies. */
export const ZTalliesInput = z.object({
  on: ZDate,
  ballotsIssued: z.number().int().min(0).max(10000),
  ballotsReturned: z.number().int().min(0).max(10000),
  entries: z.array(z.object({ personId: ZId, excellent: z.number().int().min(0), qualified: z.number().int().min(0), basic: z.number().int().min(0), unqualified: z.number().int().min(0) })).max(500),
});
/** One online ballot: a grade (or none: 弃权) for each member appraised. Adds to the tallies; never stored. */
export const ZBallotInput = z.object({ votes: z.array(z.object({ personId: ZId, grade: z.enum(GRADES) })).max(500) });
export const ZGradesInput = z.object({
  gradedOn: ZDate,
  entries: z.array(z.object({ personId: ZId, grade: z.enum(GRADES).nullable(), note: ZOptText(2000), feedbackOn: ZDate.nullable().optional() })).max(500),
});
