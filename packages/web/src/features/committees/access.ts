import type { Me } from '@zhibu/schemas';

/**
 * Who may open a branch's 支部委员会 page, mirroring the server (contracts §4): the organ admin, the assessor and
 * the branch's own committee members. Only for showing links; the server decides every request.
 */
export const canSeeCommittee = (me: Me, branchId: string): boolean =>
  me.organRoles.length > 0 || me.branchRoles.some((b) => b.branchId === branchId && b.roles.length > 0);
