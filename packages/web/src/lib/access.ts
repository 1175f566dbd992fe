import type { Me } from '@zhibu/schemas';
import { BRANCH_ROLE_LABELS, ORGAN_ROLE_LABELS } from './labels';

/**
 * What the signed-in account may reach, for showing menu entries only. The server decides every request;
 * records carry their own `abilities` for buttons.
 */
export const isOrganAdmin = (me: Me): boolean => me.organRoles.includes('organAdmin');

/** Organ admin, any branch role, or a group leader (contracts §4 "roster of a branch"). */
export const hasRosterScope = (me: Me): boolean =>
  isOrganAdmin(me) || me.branchRoles.some((b) => b.roles.length > 0) || me.ledGroups.length > 0;

/** Branches where the account is 书记 or 副书记 (who manage accounts of their branch). */
export const secretaryBranches = (me: Me): { branchId: string; branchName: string }[] =>
  me.branchRoles
    .filter((b) => b.roles.includes('secretary') || b.roles.includes('deputySecretary'))
    .map(({ branchId, branchName }) => ({ branchId, branchName }));

export const canManageAccounts = (me: Me): boolean => isOrganAdmin(me) || secretaryBranches(me).length > 0;

/** Every role of the account as short Chinese phrases, e.g. `机关党委管理员`, `第一党支部 书记`. */
export function roleLabels(me: Me): string[] {
  const out = me.organRoles.map((r) => ORGAN_ROLE_LABELS[r]);
  for (const b of me.branchRoles) {
    if (b.roles.length) out.push(`${b.branchName} ${b.roles.map((r) => BRANCH_ROLE_LABELS[r]).join('、')}`);
  }
  for (const g of me.ledGroups) out.push(`${g.groupName} 党小组长`);
  if (!out.length && me.person) out.push('党员');
  return out;
}
