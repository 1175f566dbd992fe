import { z } from 'zod';
import { ZDate, ZId, ZOptText } from './common.js';
import { MEETING_KINDS } from './meetings.js';

/** LED-1: the meeting record book of a branch (and of each group) per year; closed and handed over, then read-only. */
export const ZRecordBook = z.object({
  id: z.string().nullable(),
  branchId: z.string(),
  /** null: the branch's book */
  groupId: z.string().nullable(),
  groupName: z.string().nullable(),
  year: z.number().int(),
  /** records in the book: held meetings (and, for the branch book, talks) */
  entryCount: z.number().int(),
  closed: z.boolean(),
  closedOn: z.string().nullable(),
  closedBy: z.string().nullable(),
  handedTo: z.string().nullable(),
  handedOverOn: z.string().nullable(),
  /** handOver (optional, added by the server): the book is closed, not yet handed over, and the viewer may record it */
  abilities: z.object({ close: z.boolean(), handOver: z.boolean().optional() }),
});
export type RecordBook = z.infer<typeof ZRecordBook>;
export const ZRecordBookQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100), groupId: ZId.optional() });
export const ZRecordBookClose = z.object({ year: z.number().int().min(2000).max(2100), groupId: ZId.nullable().optional(), closedOn: ZDate });
export const ZRecordBookHandOver = z.object({ handedTo: z.string().trim().min(2, '请填写接收人').max(100), handedOverOn: ZDate });

/** Year plan (issue 5 §3): a draft calendar that meets the frequencies; saved items become planned meetings. */
export const ZMeetingPlanItem = z.object({
  kind: z.enum(MEETING_KINDS),
  groupId: ZId.nullable().optional(),
  heldOn: ZDate,
  title: ZOptText(100),
});
export const ZMeetingPlanDraftQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  /** the relatively fixed day of the month (主题党日, 支委会, 党小组会), default 15 */
  day: z.coerce.number().int().min(1).max(28).optional(),
});
export const ZMeetingPlanDraft = z.object({
  year: z.number().int(),
  /** items the frequencies ask for in periods not yet covered by a held or planned meeting, from today on */
  items: z.array(z.object({ kind: z.enum(MEETING_KINDS), groupId: z.string().nullable(), groupName: z.string().nullable(), heldOn: z.string(), title: z.string().nullable() })),
});
export const ZMeetingPlanSave = z.object({ items: z.array(ZMeetingPlanItem).min(1, '请至少选择一项').max(400) });

/** 我的 组织生活 (issue 5 §10): my meetings and attendance, my talks, and what I owe. */
export const ZMyLife = z.object({
  year: z.number().int(),
  meetings: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(MEETING_KINDS),
      heldOn: z.string(),
      title: z.string().nullable(),
      branchName: z.string(),
      groupName: z.string().nullable(),
      meetingStatus: z.enum(['planned', 'held', 'cancelled']),
      /** my attendance, null when not recorded (or a planned meeting) */
      attendance: z.enum(['present', 'onLeave', 'absent']).nullable(),
      reason: z.string().nullable(),
    }),
  ),
  counts: z.object({ present: z.number().int(), onLeave: z.number().int(), absent: z.number().int() }),
  talks: z.array(z.object({ id: z.string(), talkedOn: z.string(), withName: z.string(), purpose: z.string(), kind: z.string() })),
  owes: z.array(
    z.object({
      kind: z.enum(['selfReview', 'ballot', 'memberReport']),
      label: z.string(),
      year: z.number().int(),
      appraisalId: z.string().nullable(),
      done: z.boolean(),
    }),
  ),
});
export type MyLife = z.infer<typeof ZMyLife>;
export const ZMyLifeQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
