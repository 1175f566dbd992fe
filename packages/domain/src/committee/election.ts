/**
 * 换届选举 arithmetic (domain-rules.md §8, 选举条例 2020). Pure: counts in, decisions out.
 */

/** R-ELECT-5: candidates ≥ seats + 20% of seats, rounded up (3 seats → 4, 5 → 6, 7 → 9). */
export function minNominees(seats: number, marginRatio = 0.2): number {
  return seats + Math.ceil(seats * marginRatio - 1e-9);
}

/** R-ELECT-6: valid only when those present with election rights are more than 4/5 of those who should attend. */
export function electionQuorumMet(present: number, expected: number, ratio = 0.8): boolean {
  return expected > 0 && present > expected * ratio;
}

/** The fewest present voters that make the quorum (for the form: “应到N人，至少须到M人”). */
export function quorumNeeded(expected: number, ratio = 0.8): number {
  return Math.floor(expected * ratio) + 1;
}

export interface Tally {
  personId: string;
  votes: number;
}

export interface ElectionOutcome {
  /** elected, by votes (more than half of those present, R-ELECT-8), at most `seats` */
  elected: string[];
  /** nominees over the half who tie for the last seat: a further vote between them is needed */
  tied: string[];
  /** seats still empty (fewer reached the half than there are seats) */
  shortfall: number;
}

/** R-ELECT-8: yes votes more than half of those present; more winners than seats → by votes; a tie at the cut → revote. */
export function electionOutcome(tallies: readonly Tally[], present: number, seats: number): ElectionOutcome {
  const over = tallies.filter((t) => t.votes * 2 > present).sort((a, b) => b.votes - a.votes);
  if (over.length <= seats) return { elected: over.map((t) => t.personId), tied: [], shortfall: seats - over.length };
  const cut = over[seats - 1]!.votes;
  const above = over.filter((t) => t.votes > cut);
  const atCut = over.filter((t) => t.votes === cut);
  if (above.length + atCut.length === seats) return { elected: over.slice(0, seats).map((t) => t.personId), tied: [], shortfall: 0 };
  return { elected: above.map((t) => t.personId), tied: atCut.map((t) => t.personId), shortfall: 0 };
}
