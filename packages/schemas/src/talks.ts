import { z } from 'zod';
import { ZDate, ZId, ZOptText } from './common.js';

/** Talks (谈心谈话; 诫勉谈话 from the members issue): not meetings (glossary `talk`; MEM-4, LIFE-7 before). */
export const TALK_KINDS = ['heartToHeart', 'admonition'] as const;
export const TALK_KIND_LABELS = { heartToHeart: '谈心谈话', admonition: '诫勉谈话' } as const;
export const TALK_PURPOSES = ['beforeLifeMeeting', 'routine', 'reminder', 'care'] as const;
export const TALK_PURPOSE_LABELS = { beforeLifeMeeting: '组织生活会前谈心', routine: '日常谈心', reminder: '提醒谈话', care: '关怀谈话' } as const;
export const TALK_FORMS = ['inPerson', 'phone'] as const;
export const TALK_FORM_LABELS = { inPerson: '面谈', phone: '电话' } as const;

const ZRef = z.object({ id: z.string(), name: z.string() });

export const ZTalk = z.object({
  id: z.string(),
  branchId: z.string(),
  branchName: z.string(),
  kind: z.enum(TALK_KINDS),
  purpose: z.enum(TALK_PURPOSES),
  form: z.enum(TALK_FORMS),
  talkedOn: z.string(),
  place: z.string().nullable(),
  talker: ZRef,
  talkee: ZRef,
  topics: z.string(),
  problems: z.string().nullable(),
  followUp: z.string().nullable(),
  followUpOn: z.string().nullable(),
  /** the 组织生活会 it prepared, if any */
  lifeMeetingId: z.string().nullable(),
  /** 诫勉谈话 (MEM-4): why, what the member committed to, how it ended */
  reason: z.string().nullable(),
  commitments: z.string().nullable(),
  outcome: z.string().nullable(),
  recordedAt: z.string(),
  /** recorded more than 30 days after it took place (补录), dated on/after the records start */
  late: z.boolean(),
  abilities: z.object({ edit: z.boolean() }),
});
export type Talk = z.infer<typeof ZTalk>;

export const ZTalkInput = z.object({
  /** 谈心谈话 (default) or 诫勉谈话, which needs a reason */
  kind: z.enum(TALK_KINDS).optional(),
  purpose: z.enum(TALK_PURPOSES),
  form: z.enum(TALK_FORMS).optional(),
  talkedOn: ZDate,
  place: ZOptText(100),
  talkerPersonId: ZId,
  talkeePersonId: ZId,
  topics: z.string().trim().min(2, '请填写谈话主要内容').max(5000),
  problems: ZOptText(5000),
  followUp: ZOptText(2000),
  followUpOn: ZDate.nullable().optional(),
  lifeMeetingId: ZId.nullable().optional(),
  reason: ZOptText(2000),
  commitments: ZOptText(5000),
  outcome: ZOptText(5000),
});
export type TalkInput = z.infer<typeof ZTalkInput>;
export const ZTalkUpdate = ZTalkInput.omit({ kind: true }).partial();

export const ZTalkListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  personId: ZId.optional(),
});

/** MEM-4: who of the branch's 党员 has had a talk with a committee member this year, and who not yet. */
export const ZTalkCoverage = z.object({
  year: z.number().int(),
  members: z.array(z.object({ person: ZRef, talks: z.number().int(), lastTalkOn: z.string().nullable(), withCommittee: z.boolean() })),
});
export type TalkCoverage = z.infer<typeof ZTalkCoverage>;
