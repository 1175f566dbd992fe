import { z } from 'zod';
import { ZDate, ZId, ZOptText } from './common.js';

export const BRANCH_KINDS = ['single', 'joint'] as const;
export const BRANCH_STATUSES = ['active', 'dissolved'] as const;

export const ZGroup = z.object({
  id: z.string(),
  branchId: z.string(),
  name: z.string(),
  leader: z.object({ id: z.string(), name: z.string() }).nullable(),
  memberCount: z.number().int(),
  foundedOn: z.string().nullable(),
  dissolvedOn: z.string().nullable(),
});
export type Group = z.infer<typeof ZGroup>;

export const ZBranchOfficer = z.object({
  postId: z.string(),
  personId: z.string(),
  name: z.string(),
  role: z.string(),
  roleLabel: z.string(),
  /** held in the committee of the current term (changed on the committee page), not a directly assigned post */
  fromCommittee: z.boolean(),
});

export const ZBranch = z.object({
  id: z.string(),
  fullName: z.string(),
  shortName: z.string(),
  kind: z.enum(BRANCH_KINDS),
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  foundedOn: z.string().nullable(),
  status: z.enum(BRANCH_STATUSES),
  dissolvedOn: z.string().nullable(),
  memberCount: z.number().int(),
  fullMemberCount: z.number().int(),
  groups: z.array(ZGroup),
  officers: z.array(ZBranchOfficer),
  statusHistory: z.array(z.object({ status: z.enum(BRANCH_STATUSES), effectiveOn: z.string(), reason: z.string().nullable() })),
  abilities: z.object({ manage: z.boolean(), viewRoster: z.boolean(), admin: z.boolean() }),
});
export type Branch = z.infer<typeof ZBranch>;

export const ZBranchCreate = z.object({
  fullName: z.string().trim().min(2, '请填写支部全称').max(80),
  shortName: z.string().trim().min(2, '请填写支部简称').max(40),
  kind: z.enum(BRANCH_KINDS),
  unitIds: z.array(ZId).max(20),
  foundedOn: ZDate.nullable().optional(),
});
export const ZBranchUpdate = ZBranchCreate.partial();

export const ZBranchDissolve = z.object({ effectiveOn: ZDate, reason: z.string().trim().min(2, '请填写撤销原因').max(500) });

export const ZGroupCreate = z.object({
  name: z.string().trim().min(2, '请填写党小组名称').max(40),
  leaderPersonId: ZId.nullable().optional(),
  foundedOn: ZDate.nullable().optional(),
});
export const ZGroupUpdate = z.object({
  name: z.string().trim().min(2).max(40).optional(),
  leaderPersonId: ZId.nullable().optional(),
  dissolvedOn: ZDate.nullable().optional(),
});

export const ZPostEnd = z.object({ endOn: ZDate });

export const ZBranchPostAssign = z.object({
  personId: ZId,
  role: z.enum(['secretary', 'deputySecretary', 'organizationMember', 'publicityMember', 'disciplineMember', 'committeeMember']),
  startOn: ZDate,
  note: ZOptText(200),
});
