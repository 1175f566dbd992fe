import { electionQuorumMet, minNominees, quorumNeeded, termEndOf } from '@zhibu/domain';
import type { Election } from '@zhibu/schemas';
import type { ElectionRow, NomineeRow } from './repository.js';

export interface ElectionParts {
  row: ElectionRow;
  nominees: NomineeRow[];
  voters: { id: string; name: string; attendance: 'present' | 'absent' | 'excluded' | null }[];
  /** the term replaced (general) or filled (byElection) */
  previous: { id: string; start_on: string; term_years: number } | null;
  meeting: Election['meeting'];
  abilities: Election['abilities'];
}

/** The fewest candidates: 差额 of 20% for a committee's general election (R-ELECT-5), else as many as seats. */
export const fewestNominees = (e: Pick<ElectionRow, 'kind' | 'committee_kind' | 'seats'>): number =>
  e.kind === 'general' && e.committee_kind === 'committee' ? minNominees(e.seats) : e.seats;

/** A general election before the replaced term's 届满日 is 提前换届, which needs the 机关党委's approval (R-ELECT-1). */
export const isEarly = (e: Pick<ElectionRow, 'kind'>, previous: ElectionParts['previous'], day: string): boolean =>
  e.kind === 'general' && previous !== null && day < termEndOf({ startOn: previous.start_on, termYears: previous.term_years });

export function presentElection(p: ElectionParts): Election {
  const e = p.row;
  const expected = p.voters.filter((v) => v.attendance !== 'excluded').length;
  const present = p.voters.filter((v) => v.attendance === 'present').length;
  return {
    id: e.id,
    branchId: e.branch_id,
    branchName: e.branch_full_name,
    kind: e.kind,
    committeeKind: e.committee_kind,
    seats: e.seats,
    termYears: e.term_years,
    plannedOn: e.planned_on,
    heldOn: e.held_on,
    status: e.status,
    minNominees: fewestNominees(e),
    nominees: p.nominees.map((n) => ({ id: n.id, personId: n.person_id, name: n.name, votes: n.votes, elected: n.elected, role: n.role })),
    voters: p.voters.map((v) => ({ personId: v.id, name: v.name, attendance: v.attendance })),
    expected,
    present,
    quorumNeeded: quorumNeeded(expected),
    quorumMet: electionQuorumMet(present, expected),
    previousCommitteeId: p.previous?.id ?? null,
    needsEarlyApproval: isEarly(e, p.previous, e.held_on ?? e.planned_on),
    earlyApprovedOn: e.early_approved_on,
    submittedOn: e.submitted_on,
    decidedOn: e.decided_on,
    approvalDocNo: e.approval_doc_no,
    returnReason: e.return_reason,
    resultCommitteeId: e.result_committee_id,
    note: e.note,
    meetingId: e.meeting_id,
    meeting: p.meeting,
    abilities: p.abilities,
  };
}
