import { z } from 'zod';
import { ZDate, ZId, ZOptText } from './common.js';

/** Meetings and attendance (LIFE-1..5; issue 5 §1–4). */
export const MEETING_KINDS = ['assembly', 'committeeMeeting', 'groupMeeting', 'partyLecture', 'themeDay', 'lifeMeeting', 'appraisalMeeting', 'other'] as const;
export type MeetingKindCode = (typeof MEETING_KINDS)[number];
export const MEETING_KIND_LABELS: Record<MeetingKindCode, string> = {
  assembly: '支部党员大会',
  committeeMeeting: '支部委员会会议',
  groupMeeting: '党小组会',
  partyLecture: '党课',
  themeDay: '主题党日',
  lifeMeeting: '组织生活会',
  appraisalMeeting: '民主评议党员大会',
  other: '其他活动',
};
export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const MEETING_STATUS_LABELS = { planned: '计划', held: '已召开', cancelled: '已取消' } as const;
export const ATTENDANCE_STATUSES = ['present', 'onLeave', 'absent'] as const;
export const ATTENDANCE_STATUS_LABELS = { present: '出席', onLeave: '请假', absent: '缺席' } as const;
export const REVIEW_STATUSES = ['none', 'submitted', 'returned', 'spotChecked'] as const;
export const REVIEW_STATUS_LABELS = { none: '未报送', submitted: '已报机关党委', returned: '已退回', spotChecked: '已抽查' } as const;
/** LIFE-5's optional forms of a 主题党日 */
export const THEME_DAY_FORMS = ['政治生日', '主题实践', '视频教学', '集中研讨', '业务培训', '廉洁教育', '红色教育', '志愿服务', '其他'] as const;
/** attachment slots of a meeting */
export const MEETING_SLOTS = ['notice', 'signIn', 'minutes', 'resolution', 'photo', 'lecture', 'other'] as const;
export const MEETING_SLOT_LABELS = { notice: '通知', signIn: '签到表', minutes: '纪要', resolution: '决议', photo: '现场照片', lecture: '讲稿/课件', other: '其他' } as const;

const ZTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM');
const ZPersonRef = z.object({ id: z.string(), name: z.string() });

export const ZThemeDay = z.object({
  recitedConstitution: z.boolean(),
  studied: z.boolean(),
  studyMaterial: ZOptText(200),
  paidDues: z.boolean(),
  duesNote: ZOptText(200),
  forms: z.array(z.enum(THEME_DAY_FORMS)).max(9),
});

export const ZAttendanceRow = z.object({
  personId: z.string(),
  name: z.string(),
  /** null: not recorded yet (the list comes from the roster on the meeting's date) */
  status: z.enum(ATTENDANCE_STATUSES).nullable(),
  reason: z.string().nullable(),
  guest: z.boolean(),
});

export const ZMeetingCounts = z.object({
  expected: z.number().int(),
  present: z.number().int(),
  onLeave: z.number().int(),
  absent: z.number().int(),
  guests: z.number().int(),
});

export const ZMeeting = z.object({
  id: z.string(),
  branchId: z.string(),
  branchName: z.string(),
  groupId: z.string().nullable(),
  groupName: z.string().nullable(),
  kind: z.enum(MEETING_KINDS),
  status: z.enum(MEETING_STATUSES),
  heldOn: z.string(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  durationMinutes: z.number().int().nullable(),
  place: z.string().nullable(),
  title: z.string().nullable(),
  host: ZPersonRef.nullable(),
  recorder: ZPersonRef.nullable(),
  lecturer: ZPersonRef.nullable(),
  lecturerName: z.string().nullable(),
  topic: z.string().nullable(),
  agenda: z.array(z.string()),
  minutes: z.string().nullable(),
  resolutions: z.array(z.string()),
  decides: z.boolean(),
  /** as stored (plain strings: a response schema may not hold ZOptText's transform, which cannot be encoded) */
  themeDay: ZThemeDay.extend({ studyMaterial: z.string().nullable(), duesNote: z.string().nullable() }).nullable(),
  attendance: z.array(ZAttendanceRow),
  counts: ZMeetingCounts,
  /** for a 党员大会 that decides: more than half of those with a vote present (domain-rules.md R-ORG-9) */
  quorum: z.object({ needed: z.number().int(), met: z.boolean() }).nullable(),
  /** 补录: recorded as held more than 30 days after its date (and dated after the records start) */
  late: z.boolean(),
  recordedAt: z.string().nullable(),
  /** dated before the organ's records start date: a historical back-entry, not 补录 */
  backEntry: z.boolean(),
  reviewStatus: z.enum(REVIEW_STATUSES),
  returnReason: z.string().nullable(),
  spotCheckNote: z.string().nullable(),
  /** what still stops it from being marked held (empty when complete) */
  missing: z.array(z.string()),
  /** read-only: the election held at this 党员大会 (contracts §8), for the link back */
  election: z.object({ id: z.string(), kind: z.enum(['general', 'byElection']) }).nullable().optional(),
  abilities: z.object({ edit: z.boolean(), submit: z.boolean(), review: z.boolean() }),
});
export type Meeting = z.infer<typeof ZMeeting>;

export const ZMeetingListItem = ZMeeting.pick({
  id: true,
  kind: true,
  status: true,
  heldOn: true,
  startTime: true,
  endTime: true,
  title: true,
  topic: true,
  groupId: true,
  groupName: true,
  counts: true,
  late: true,
  recordedAt: true,
  reviewStatus: true,
});
export type MeetingListItem = z.infer<typeof ZMeetingListItem>;

export const ZMeetingListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  kind: z.enum(MEETING_KINDS).optional(),
});

export const ZMeetingInput = z.object({
  kind: z.enum(MEETING_KINDS),
  groupId: ZId.nullable().optional(),
  heldOn: ZDate,
  startTime: ZTime.nullable().optional(),
  endTime: ZTime.nullable().optional(),
  place: ZOptText(100),
  title: ZOptText(100),
  hostPersonId: ZId.nullable().optional(),
  recorderPersonId: ZId.nullable().optional(),
  lecturerPersonId: ZId.nullable().optional(),
  lecturerName: ZOptText(40),
  topic: ZOptText(200),
  agenda: z.array(z.string().trim().min(1).max(200)).max(30).optional(),
  minutes: ZOptText(20000),
  resolutions: z.array(z.string().trim().min(1).max(500)).max(30).optional(),
  decides: z.boolean().optional(),
  themeDay: ZThemeDay.nullable().optional(),
});
export type MeetingInput = z.infer<typeof ZMeetingInput>;
export const ZMeetingUpdate = ZMeetingInput.partial();

export const ZAttendanceInput = z.object({
  entries: z
    .array(
      z.object({
        personId: ZId,
        status: z.enum(ATTENDANCE_STATUSES),
        reason: ZOptText(200),
        guest: z.boolean().optional(),
      }),
    )
    .max(500),
});

export const ZMeetingReview = z.object({
  action: z.enum(['return', 'spotCheck']),
  note: z.string().trim().min(2, '请填写退回原因或抽查意见').max(1000),
});
