import { isBranchLead, isBranchOfficer, isOrganAdmin, leadsGroup, type Viewer } from './roles.js';

/** Where a person stands in the tree, as far as visibility is concerned. */
export interface PersonPlace {
  personId: string;
  /** current branch, null when the person has none (e.g. transferred out) */
  branchId: string | null;
  groupId: string | null;
}

export type IdNumberView = 'full' | 'masked';

/**
 * What a viewer may see of one person (contracts §4, the visibility matrix).
 * `null` means the person is not visible at all.
 */
export interface PersonAccess {
  idNumber: IdNumberView;
  phone: boolean;
  dues: boolean;
  hardship: boolean;
  development: boolean;
  /** may change the person's roster record */
  edit: boolean;
}

const FULL: PersonAccess = { idNumber: 'full', phone: true, dues: true, hardship: true, development: true, edit: true };

export function personAccess(viewer: Viewer, place: PersonPlace): PersonAccess | null {
  const byRole = roleAccess(viewer, place);
  if (viewer.personId !== place.personId) return byRole;
  // One's own record: everything in full, whatever else one's roles say; editing stays with the branch leads.
  return { idNumber: 'full', phone: true, dues: true, hardship: true, development: true, edit: byRole?.edit ?? false };
}

function roleAccess(viewer: Viewer, place: PersonPlace): PersonAccess | null {
  if (isOrganAdmin(viewer)) return FULL;
  const b = place.branchId;
  if (b && isBranchLead(viewer, b)) return FULL;
  if (b && isBranchOfficer(viewer, b)) {
    return { idNumber: 'masked', phone: true, dues: true, hardship: true, development: true, edit: false };
  }
  if (place.groupId && leadsGroup(viewer, place.groupId)) {
    return { idNumber: 'masked', phone: true, dues: false, hardship: false, development: false, edit: false };
  }
  return null;
}

/**
 * The roster a viewer may list: every branch (organ admin), the branches where they sit on the committee,
 * or only their own group's members (党小组长).
 */
export interface RosterScope {
  allBranches: boolean;
  branchIds: string[];
  groupIds: string[];
}

export function rosterScope(viewer: Viewer): RosterScope {
  if (isOrganAdmin(viewer)) return { allBranches: true, branchIds: [], groupIds: [] };
  const branchIds = Object.keys(viewer.branchRoles).filter((b) => isBranchOfficer(viewer, b));
  const groupIds = viewer.ledGroups.filter((g) => !branchIds.includes(g.branchId)).map((g) => g.groupId);
  return { allBranches: false, branchIds, groupIds };
}

/** Whether the viewer may manage the branch's tree data (groups, accounts): organ admin or 书记/副书记/组织委员. */
export function canManageBranch(viewer: Viewer, branchId: string): boolean {
  return isOrganAdmin(viewer) || isBranchLead(viewer, branchId);
}

/** Whether the viewer may see a branch at all (its name and structure). */
export function canSeeBranch(viewer: Viewer, branchId: string, ownBranchId: string | null): boolean {
  if (isOrganAdmin(viewer) || viewer.organRoles.includes('assessor')) return true;
  if (isBranchOfficer(viewer, branchId)) return true;
  if (viewer.ledGroups.some((g) => g.branchId === branchId)) return true;
  return ownBranchId === branchId;
}
