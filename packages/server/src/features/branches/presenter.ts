import { BRANCH_ROLE_LABELS, BRANCH_ROLES, canManageBranch, isBranchOfficer, isOrganAdmin, type BranchRole, type Viewer } from '@zhibu/domain';
import type { Branch } from '@zhibu/schemas';
import type { loadBranchRows } from './repository.js';

type Rows = NonNullable<Awaited<ReturnType<typeof loadBranchRows>>>;

const roleOrder = (r: string) => BRANCH_ROLES.indexOf(r as BranchRole);

/** Shapes branch rows for one viewer, with the abilities the UI uses to show or hide buttons. */
export function presentBranches(rows: Rows, viewer: Viewer): Branch[] {
  return rows.branches.map((b) => {
    const counts = rows.counts.find((c) => c.branch_id === b.id);
    return {
      id: b.id,
      fullName: b.full_name,
      shortName: b.short_name,
      kind: b.kind,
      units: rows.units.filter((u) => u.branch_id === b.id).map((u) => ({ id: u.id, name: u.name })),
      foundedOn: b.founded_on,
      status: b.status,
      dissolvedOn: b.dissolved_on,
      memberCount: counts?.members ?? 0,
      fullMemberCount: counts?.full ?? 0,
      groups: rows.groups
        .filter((g) => g.branch_id === b.id)
        .map((g) => ({
          id: g.id,
          branchId: g.branch_id,
          name: g.name,
          leader: g.leader_id && g.leader_name ? { id: g.leader_id, name: g.leader_name } : null,
          memberCount: rows.groupCounts.find((c) => c.group_id === g.id)?.n ?? 0,
          foundedOn: g.founded_on,
          dissolvedOn: g.dissolved_on,
        })),
      officers: rows.posts
        .filter((p) => p.branch_id === b.id)
        .sort((x, y) => roleOrder(x.role) - roleOrder(y.role))
        .map((p) => ({
          postId: p.id,
          personId: p.person_id,
          name: p.name,
          role: p.role,
          roleLabel: BRANCH_ROLE_LABELS[p.role as BranchRole] ?? p.role,
          fromCommittee: p.from_committee,
        })),
      statusHistory: rows.history
        .filter((h) => h.branch_id === b.id)
        .map((h) => ({ status: h.status, effectiveOn: h.effective_on, reason: h.reason })),
      abilities: {
        manage: canManageBranch(viewer, b.id),
        viewRoster: isOrganAdmin(viewer) || isBranchOfficer(viewer, b.id),
        admin: isOrganAdmin(viewer),
      },
    };
  });
}
