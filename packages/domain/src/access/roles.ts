/**
 * Roles are data (contracts §4). Organ-wide roles sit on an account; branch roles come from the records
 * that own them (the committee of the current term, or a directly assigned post where no committee exists,
 * and the group's leader).
 */
export const ORGAN_ROLES = ['organAdmin', 'assessor'] as const;
export type OrganRole = (typeof ORGAN_ROLES)[number];

/** Committee roles, glossary names. `committeeMember` is a 委员 without a named portfolio. */
export const BRANCH_ROLES = [
  'secretary',
  'deputySecretary',
  'organizationMember',
  'publicityMember',
  'disciplineMember',
  'committeeMember',
] as const;
export type BranchRole = (typeof BRANCH_ROLES)[number];

export const BRANCH_ROLE_LABELS: Record<BranchRole, string> = {
  secretary: '书记',
  deputySecretary: '副书记',
  organizationMember: '组织委员',
  publicityMember: '宣传委员',
  disciplineMember: '纪检委员',
  committeeMember: '委员',
};

export const ORGAN_ROLE_LABELS: Record<OrganRole, string> = {
  organAdmin: '机关党委管理员',
  assessor: '考核人员',
};

/** What the server knows about the person behind a request, computed once per request. */
export interface Viewer {
  accountId: string;
  organId: string;
  /** the person the account belongs to, if any (an organ admin's account may have none) */
  personId: string | null;
  organRoles: readonly OrganRole[];
  /** branch id → the branch roles the viewer holds there */
  branchRoles: Readonly<Record<string, readonly BranchRole[]>>;
  /** ids of the groups the viewer leads, with the branch each belongs to */
  ledGroups: readonly { groupId: string; branchId: string }[];
}

export const isOrganAdmin = (v: Viewer): boolean => v.organRoles.includes('organAdmin');

/** 书记, 副书记 (who sees what 书记 sees) and 组织委员: the "full" branch officers of the matrix. */
export function isBranchLead(v: Viewer, branchId: string): boolean {
  const roles = v.branchRoles[branchId] ?? [];
  return roles.includes('secretary') || roles.includes('deputySecretary') || roles.includes('organizationMember');
}

/** Any member of the branch committee (or its single secretary). */
export function isBranchOfficer(v: Viewer, branchId: string): boolean {
  return (v.branchRoles[branchId]?.length ?? 0) > 0;
}

/** 书记 or 副书记 (e.g. to reset a member's password). */
export function isBranchSecretary(v: Viewer, branchId: string): boolean {
  const roles = v.branchRoles[branchId] ?? [];
  return roles.includes('secretary') || roles.includes('deputySecretary');
}

export function leadsGroup(v: Viewer, groupId: string): boolean {
  return v.ledGroups.some((g) => g.groupId === groupId);
}
