import { excellentMax, stepBlockers, type AppraisalState } from '@zhibu/domain';
import type { Appraisal } from '@zhibu/schemas';
import type { AppraisalRow, MemberRow } from './repository.js';

/** Rows → the API shape (schemas/appraisals.ts), hiding what the viewer may not see (access.ts). */

/** The domain's view of an appraisal: its step, ballot and each member's review and grade. */
export function stateOf(a: AppraisalRow, members: readonly MemberRow[]): AppraisalState {
  return {
    step: a.step,
    ballotMode: a.ballot_mode,
    ballotOpen: a.ballot_open,
    peerReviewedOn: a.peer_reviewed_on,
    ballotedOn: a.balloted_on,
    ballotsIssued: a.ballots_issued,
    members: members.map((m) => ({ personId: m.person_id, name: m.name, graded: m.graded, selfReview: m.self_review, grade: m.grade })),
  };
}

/**
 * Tallies are shown from the ballot step on, but never while an online ballot is open: running counts read between
 * two votes would tell how one person voted.
 */
export const talliesShown = (a: AppraisalRow) => a.step !== 'selfReview' && a.step !== 'peerReview' && !(a.ballot_mode === 'online' && a.ballot_open);

export interface PresentOpts {
  /** 'member': the viewer sees only their own record */
  reach: 'full' | 'member';
  personId: string | null;
  manage: boolean;
  voted: number;
  hasVoted: boolean;
}

export function presentAppraisal(a: AppraisalRow, members: readonly MemberRow[], o: PresentOpts): Appraisal {
  const own = members.find((m) => m.person_id === o.personId);
  // a member sees their own record; while an online ballot is open they also need the names on the ballot (names only)
  const ballotOpen = a.step === 'ballot' && a.ballot_mode === 'online' && a.ballot_open;
  const shown = o.reach === 'full' ? members : ballotOpen && own ? members.filter((m) => m === own || m.graded).map((m) => (m === own ? m : namesOnly(m))) : own ? [own] : [];
  const tallies = o.reach === 'full' && talliesShown(a);
  const gradedCount = members.filter((m) => m.graded).length;
  return {
    id: a.id,
    branchId: a.branch_id,
    branchName: a.branch_name,
    year: a.year,
    step: a.step,
    startedOn: a.started_on,
    meetingId: a.meeting_id,
    ballotMode: a.ballot_mode,
    ballotOpen: a.ballot_open,
    ballotsIssued: a.ballots_issued,
    ballotsReturned: a.ballots_returned,
    voted: o.voted,
    peerReviewedOn: a.peer_reviewed_on,
    ballotedOn: a.balloted_on,
    gradedOn: a.graded_on,
    members: shown.map((m) => ({
      person: { id: m.person_id, name: m.name },
      graded: m.graded,
      selfReview: m.self_review,
      selfReviewOn: m.self_review_on,
      selfReviewBy: m.self_review_by,
      peerReview: m.peer_review,
      tallies: tallies ? { excellent: m.tally_excellent, qualified: m.tally_qualified, basic: m.tally_basic, unqualified: m.tally_unqualified } : null,
      grade: m.grade,
      gradeNote: m.grade_note,
      feedbackOn: m.feedback_on,
    })),
    excellentMax: excellentMax(gradedCount),
    // the blockers name members: only for those who see them all
    blockers: o.reach === 'full' ? stepBlockers(stateOf(a, members)) : [],
    viewer: {
      manage: o.manage,
      canVote: a.step === 'ballot' && a.ballot_mode === 'online' && a.ballot_open && !!own?.graded && !o.hasVoted,
      hasVoted: o.hasVoted,
      ownSelfReview: a.step === 'selfReview' && !!own,
    },
  };
}

export const presentListItem = (a: AppraisalRow) => ({ id: a.id, year: a.year, step: a.step, startedOn: a.started_on, ballotMode: a.ballot_mode, gradedOn: a.graded_on });

/** Another member's row as a voter sees it on the ballot: the name, nothing they wrote or got. */
function namesOnly(m: MemberRow): MemberRow {
  return { ...m, self_review: null, self_review_on: null, self_review_by: null, peer_review: null, grade: null, grade_note: null, feedback_on: null };
}
