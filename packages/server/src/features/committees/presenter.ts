import { BRANCH_ROLE_LABELS, BRANCH_ROLES, extendedEndOf, termEndOf, type BranchRole } from '@zhibu/domain';
import type { Committee } from '@zhibu/schemas';
import type { CommitteeRows } from './repository.js';

const roleOrder = (r: BranchRole) => BRANCH_ROLES.indexOf(r);

/** One term as the page shows it: posts (in force first, by rank), extensions, vacancies, and its deadlines. */
export function presentCommittee(rows: CommitteeRows, id: string): Committee {
  const c = rows.committees.find((x) => x.id === id);
  if (!c) throw new Error(`committee ${id} not loaded`);
  const extensions = rows.extensions.filter((e) => e.committee_id === id);
  const fact = {
    startOn: c.start_on,
    termYears: c.term_years,
    extensions: extensions.map((e) => ({ id: e.id, months: e.months, approvedOn: e.approved_on })),
  };
  return {
    id: c.id,
    branchId: c.branch_id,
    kind: c.kind,
    startOn: c.start_on,
    termYears: c.term_years,
    termEndOn: termEndOf(fact),
    extendedEndOn: extendedEndOf(fact),
    electedOn: c.elected_on,
    endedOn: c.ended_on,
    electionId: c.election_id,
    note: c.note,
    members: rows.members
      .filter((m) => m.committee_id === id)
      .sort((a, b) => Number(a.end_on !== null) - Number(b.end_on !== null) || roleOrder(a.role) - roleOrder(b.role) || (a.start_on < b.start_on ? -1 : 1))
      .map((m) => ({
        id: m.id,
        personId: m.person_id,
        name: m.name,
        role: m.role,
        roleLabel: BRANCH_ROLE_LABELS[m.role] ?? m.role,
        startOn: m.start_on,
        endOn: m.end_on,
        endReason: m.end_reason,
        origin: m.origin,
        approvedOn: m.approved_on,
        approvalDocNo: m.approval_doc_no,
      })),
    extensions: extensions.map((e) => ({ id: e.id, months: e.months, reason: e.reason, approvedOn: e.approved_on, docNo: e.doc_no })),
    vacancies: rows.vacancies
      .filter((v) => v.committee_id === id)
      .map((v) => ({
        id: v.id,
        role: v.role,
        roleLabel: BRANCH_ROLE_LABELS[v.role] ?? v.role,
        personName: v.person_name ?? '',
        arisenOn: v.arisen_on,
        reason: v.reason,
        filledOn: v.filled_on,
        filledBy: v.filled_by,
        filledByName: v.filled_by_name,
      })),
  };
}
