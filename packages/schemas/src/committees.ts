import { z } from 'zod';
import { BRANCH_ROLES } from '@zhibu/domain';
import { ZDate, ZId, ZOptText } from './common.js';

/** Committees by term, elections, extensions, vacancies (ORG-2, ORG-3; issue 4 §5–6). */
export const COMMITTEE_KINDS = ['committee', 'secretaryOnly'] as const;
export const COMMITTEE_KIND_LABELS = { committee: '支部委员会', secretaryOnly: '支部书记（不设支委会）' } as const;
export const MEMBER_ORIGINS = ['elected', 'byElection', 'appointed', 'recorded'] as const;
export const MEMBER_ORIGIN_LABELS = { elected: '选举产生', byElection: '补选', appointed: '上级任命', recorded: '补录' } as const;
export const ELECTION_KINDS = ['general', 'byElection'] as const;
export const ELECTION_KIND_LABELS = { general: '换届选举', byElection: '补选' } as const;
export const ELECTION_STATUSES = ['draft', 'held', 'submitted', 'returned', 'approved'] as const;
export const ELECTION_STATUS_LABELS = {
  draft: '筹备中',
  held: '已选举，待报批',
  submitted: '已报机关党委审批',
  returned: '已退回',
  approved: '已批准',
} as const;
export const ATTENDANCES = ['present', 'absent', 'excluded'] as const;
export const ATTENDANCE_LABELS = { present: '出席', absent: '缺席', excluded: '不计入应到' } as const;

const ZRole = z.enum(BRANCH_ROLES, { message: '职务无效' });

export const ZCommitteeMember = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  role: ZRole,
  roleLabel: z.string(),
  startOn: z.string(),
  endOn: z.string().nullable(),
  endReason: z.string().nullable(),
  origin: z.enum(MEMBER_ORIGINS),
  approvedOn: z.string().nullable(),
  approvalDocNo: z.string().nullable(),
});
export type CommitteeMember = z.infer<typeof ZCommitteeMember>;

export const ZVacancy = z.object({
  id: z.string(),
  role: ZRole,
  roleLabel: z.string(),
  personName: z.string(),
  arisenOn: z.string(),
  reason: z.string(),
  filledOn: z.string().nullable(),
  filledBy: z.enum(['byElection', 'appointment']).nullable(),
  filledByName: z.string().nullable(),
});

export const ZExtension = z.object({
  id: z.string(),
  months: z.number().int(),
  reason: z.string(),
  approvedOn: z.string(),
  docNo: z.string().nullable(),
});

export const ZCommittee = z.object({
  id: z.string(),
  branchId: z.string(),
  kind: z.enum(COMMITTEE_KINDS),
  startOn: z.string(),
  termYears: z.number().int(),
  /** 届满日 */
  termEndOn: z.string(),
  /** the deadline after approved extensions */
  extendedEndOn: z.string(),
  electedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  electionId: z.string().nullable(),
  note: z.string().nullable(),
  members: z.array(ZCommitteeMember),
  extensions: z.array(ZExtension),
  vacancies: z.array(ZVacancy),
});
export type Committee = z.infer<typeof ZCommittee>;

export const ZElectionSummary = z.object({
  id: z.string(),
  kind: z.enum(ELECTION_KINDS),
  status: z.enum(ELECTION_STATUSES),
  plannedOn: z.string(),
  heldOn: z.string().nullable(),
  seats: z.number().int(),
});

export const ZBranchCommittees = z.object({
  branch: z.object({ id: z.string(), fullName: z.string(), shortName: z.string() }),
  fullMemberCount: z.number().int(),
  /** the branch has enough 正式党员 for a committee (ORG-2, with the organ's parameters) */
  committeeRequired: z.boolean(),
  current: ZCommittee.nullable(),
  history: z.array(ZCommittee),
  elections: z.array(ZElectionSummary),
  /** 正式党员 of the branch today, for pickers */
  fullMembers: z.array(z.object({ id: z.string(), name: z.string() })),
  abilities: z.object({ record: z.boolean(), elect: z.boolean(), admin: z.boolean() }),
});
export type BranchCommittees = z.infer<typeof ZBranchCommittees>;

/** Recording a term that already exists (elected before the system, or a back-entry). */
export const ZCommitteeRecord = z.object({
  kind: z.enum(COMMITTEE_KINDS),
  startOn: ZDate,
  termYears: z.number({ message: '请选择任期' }).int(),
  electedOn: ZDate.nullable().optional(),
  /** a past term back-entered: the day the next term replaced it (leave empty for the term in force) */
  endedOn: ZDate.nullable().optional(),
  members: z
    .array(
      z.object({
        personId: ZId,
        role: ZRole,
        approvedOn: ZDate.nullable().optional(),
        approvalDocNo: ZOptText(60),
      }),
    )
    .min(1, '请填写委员会成员')
    .max(12),
  note: ZOptText(500),
});
export type CommitteeRecord = z.infer<typeof ZCommitteeRecord>;

export const ZVacancyCreate = z.object({
  memberId: ZId,
  arisenOn: ZDate,
  reason: z.string().trim().min(2, '请填写空缺原因').max(200),
});
export const ZVacancyFill = z.object({ personId: ZId, on: ZDate, docNo: ZOptText(60) });

export const ZExtensionCreate = z.object({
  months: z.number({ message: '请填写延期月数' }).int('延期月数应为整数'),
  reason: z.string().trim().min(2, '请填写延期原因').max(500),
  approvedOn: ZDate,
  docNo: ZOptText(60),
});

/** The 机关党委 appoints or transfers a 书记 / 副书记 (ORG-3). */
export const ZAppointment = z.object({
  personId: ZId,
  role: z.enum(['secretary', 'deputySecretary']),
  on: ZDate,
  docNo: ZOptText(60),
  reason: z.string().trim().min(2, '请填写任命原因').max(200),
});

export const ZApprovalRecord = z.object({ approvedOn: ZDate, approvalDocNo: ZOptText(60) });

export const ZElection = z.object({
  id: z.string(),
  branchId: z.string(),
  branchName: z.string(),
  kind: z.enum(ELECTION_KINDS),
  committeeKind: z.enum(COMMITTEE_KINDS),
  seats: z.number().int(),
  termYears: z.number().int().nullable(),
  plannedOn: z.string(),
  heldOn: z.string().nullable(),
  status: z.enum(ELECTION_STATUSES),
  minNominees: z.number().int(),
  nominees: z.array(
    z.object({
      id: z.string(),
      personId: z.string(),
      name: z.string(),
      votes: z.number().int().nullable(),
      elected: z.boolean(),
      role: ZRole.nullable(),
    }),
  ),
  /** the electorate: 正式党员 of the branch on the election day (planned day while not held) */
  voters: z.array(z.object({ personId: z.string(), name: z.string(), attendance: z.enum(ATTENDANCES).nullable() })),
  expected: z.number().int(),
  present: z.number().int(),
  quorumNeeded: z.number().int(),
  quorumMet: z.boolean(),
  previousCommitteeId: z.string().nullable(),
  /** the term being replaced ends after the election day: an early election needs approval */
  needsEarlyApproval: z.boolean(),
  earlyApprovedOn: z.string().nullable(),
  submittedOn: z.string().nullable(),
  decidedOn: z.string().nullable(),
  approvalDocNo: z.string().nullable(),
  returnReason: z.string().nullable(),
  resultCommitteeId: z.string().nullable(),
  note: z.string().nullable(),
  /** the 党员大会 record of the assembly that held it (contracts §8); the election keeps its own attendance */
  meetingId: z.string().nullable(),
  /** read-only: the linked record, for the link to /meetings/:id */
  meeting: z.object({ id: z.string(), heldOn: z.string(), title: z.string().nullable() }).nullable(),
  /** edit: the plan (draft); linkMeeting: link, unlink or generate the 党员大会 record (draft, held, returned) */
  abilities: z.object({ edit: z.boolean(), submit: z.boolean(), decide: z.boolean(), linkMeeting: z.boolean() }),
});
export type Election = z.infer<typeof ZElection>;

export const ZElectionCreate = z.object({
  kind: z.enum(ELECTION_KINDS),
  committeeKind: z.enum(COMMITTEE_KINDS),
  seats: z.number({ message: '请填写应选人数' }).int().min(1, '应选人数至少1人').max(9, '应选人数过多'),
  termYears: z.number().int().nullable().optional(),
  plannedOn: ZDate,
  nomineeIds: z.array(ZId).max(20),
  note: ZOptText(500),
  /** a 党员大会 of the branch held on the election's date; null unlinks */
  meetingId: ZId.nullable().optional(),
});
export const ZElectionUpdate = ZElectionCreate.partial();

/** 生成党员大会记录: who hosted and recorded the assembly, when known (the record is held only when complete). */
export const ZElectionMeetingCreate = z.object({
  hostPersonId: ZId.nullable().optional(),
  recorderPersonId: ZId.nullable().optional(),
});

/** The result entered from the paper ballots and the sign-in sheet. */
export const ZElectionResult = z.object({
  heldOn: ZDate,
  attendance: z.array(z.object({ personId: ZId, attendance: z.enum(ATTENDANCES) })),
  tallies: z.array(z.object({ personId: ZId, votes: z.number().int().min(0, '票数不能为负') })),
  /** posts given by the new committee's first meeting (书记 elected by the committee) */
  roles: z.array(z.object({ personId: ZId, role: ZRole })),
});
export type ElectionResult = z.infer<typeof ZElectionResult>;

export const ZElectionDecision = z.object({
  decision: z.enum(['approve', 'return']),
  decidedOn: ZDate,
  docNo: ZOptText(60),
  reason: ZOptText(500),
});
export const ZEarlyApproval = z.object({ approvedOn: ZDate, docNo: ZOptText(60) });

/** Correcting the posts of the elected (after a return by the 机关党委, before approval). */
export const ZElectionRoles = z.object({
  roles: z.array(z.object({ personId: ZId, role: ZRole })).min(1, '请填写职务分工'),
});

/** One line of the 待审批 list (and of a branch's elections across the organ). */
export const ZElectionListItem = ZElectionSummary.extend({
  branchId: z.string(),
  branchName: z.string(),
  committeeKind: z.enum(COMMITTEE_KINDS),
  submittedOn: z.string().nullable(),
});
export type ElectionListItem = z.infer<typeof ZElectionListItem>;
export const ZElectionListQuery = z.object({
  status: z.enum(ELECTION_STATUSES, { message: '状态无效' }).optional(),
  branchId: ZId.optional(),
});
