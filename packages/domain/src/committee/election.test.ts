import { describe, expect, it } from 'vitest';
import { electionOutcome, electionQuorumMet, minNominees, quorumNeeded } from './election.js';

describe('minNominees (R-ELECT-5: at least 20% more candidates than seats, rounded up)', () => {
  it.each([
    [1, 2],
    [3, 4],
    [5, 6],
    [7, 9],
    [10, 12],
    [15, 18],
  ])('%i seats → %i candidates', (seats, n) => {
    expect(minNominees(seats)).toBe(n);
  });
});

describe('electionQuorumMet (R-ELECT-6: strictly more than 4/5 of those expected)', () => {
  it.each([
    [10, 8, false],
    [10, 9, true],
    [10, 10, true],
    [5, 4, false],
    [5, 5, true],
    [15, 12, false],
    [15, 13, true],
    [0, 0, false],
  ])('expected %i, present %i → %s', (expected, present, ok) => {
    expect(electionQuorumMet(present, expected)).toBe(ok);
  });

  it.each([
    [10, 9],
    [5, 5],
    [15, 13],
    [7, 6],
  ])('quorumNeeded(%i) = %i, the first passing count', (expected, needed) => {
    expect(quorumNeeded(expected)).toBe(needed);
    expect(electionQuorumMet(needed, expected)).toBe(true);
    expect(electionQuorumMet(needed - 1, expected)).toBe(false);
  });
});

describe('electionOutcome (R-ELECT-8: more than half of those present)', () => {
  const t = (votes: Record<string, number>) => Object.entries(votes).map(([personId, v]) => ({ personId, votes: v }));

  it('exactly half is not enough; one more is', () => {
    expect(electionOutcome(t({ a: 5, b: 6 }), 10, 2)).toEqual({ elected: ['b'], tied: [], shortfall: 1 });
  });

  it('more winners than seats: taken by votes', () => {
    expect(electionOutcome(t({ a: 7, b: 9, c: 8, d: 6 }), 10, 3)).toEqual({ elected: ['b', 'c', 'a'], tied: [], shortfall: 0 });
  });

  it('a tie at the cut: those above are elected, the tied go to a further vote', () => {
    expect(electionOutcome(t({ a: 9, b: 8, c: 7, d: 7 }), 10, 3)).toEqual({ elected: ['a', 'b'], tied: ['c', 'd'], shortfall: 0 });
  });

  it('a tie above the cut only is no tie', () => {
    expect(electionOutcome(t({ a: 9, b: 9, c: 7, d: 6 }), 10, 3)).toEqual({ elected: ['a', 'b', 'c'], tied: [], shortfall: 0 });
  });

  it('fewer over the half than seats: a shortfall', () => {
    expect(electionOutcome(t({ a: 9, b: 4, c: 3 }), 9, 3)).toEqual({ elected: ['a'], tied: [], shortfall: 2 });
  });

  it('nobody elected', () => {
    expect(electionOutcome([], 9, 3)).toEqual({ elected: [], tied: [], shortfall: 3 });
  });
});
