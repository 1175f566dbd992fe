import type { Me } from '@zhibu/schemas';

/** Who reaches which view of the standards check, for menus and buttons only; the server decides every request. */
export const canSeeMatrix = (me: Me): boolean => me.organRoles.includes('organAdmin') || me.organRoles.includes('assessor');

/** Branches where the account holds a committee post (书记, 委员 …): their own 体检. */
export const officerBranches = (me: Me): { branchId: string; branchName: string }[] =>
  me.branchRoles.filter((b) => b.roles.length > 0).map(({ branchId, branchName }) => ({ branchId, branchName }));

/** 待办 is for anyone with a branch role (党小组长 included) or an organ-wide role. */
export const hasTodos = (me: Me): boolean => me.organRoles.length > 0 || officerBranches(me).length > 0 || me.ledGroups.length > 0;

/** The organ admin and the branch's 书记, 副书记 and 组织委员 may subscribe to its calendar (as the server allows). */
export const canSubscribeCalendar = (me: Me, branchId: string): boolean =>
  me.organRoles.includes('organAdmin') ||
  me.branchRoles.some(
    (b) => b.branchId === branchId && b.roles.some((r) => r === 'secretary' || r === 'deputySecretary' || r === 'organizationMember'),
  );

/** The years one may pick: from the organ's records start (at most ten back) to this year. */
export function yearOptions(me: Me): { value: number; label: string }[] {
  const current = Number(me.today.slice(0, 4));
  const first = Math.max(Math.min(Number(me.organ.recordsStartOn.slice(0, 4)) || current, current), current - 10);
  const out: { value: number; label: string }[] = [];
  for (let y = current; y >= first; y--) out.push({ value: y, label: `${y}年` });
  return out;
}

/** The organ admin, the assessors, the branch's officers and its 党小组长 see a branch's 体检 (as the server allows). */
export const canSeeBranchCheck = (me: Me, branchId: string): boolean =>
  canSeeMatrix(me) || officerBranches(me).some((b) => b.branchId === branchId) || me.ledGroups.some((g) => g.branchId === branchId);
