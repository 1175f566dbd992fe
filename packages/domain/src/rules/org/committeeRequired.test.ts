import { describe, expect, it } from 'vitest';
import type { CommitteeFact, PostFact } from '../../check/facts.js';
import { buildBranch, committee, fullMembers, judge, one, post, probationary } from '../testkit.js';
import { committeeRequired } from './committeeRequired.js';

const COMMITTEE = committee();
const SECRETARY_ONLY = committee({ kind: 'secretaryOnly', roles: ['secretary'] });
const NO_SECRETARY = committee({ kind: 'secretaryOnly', roles: ['deputySecretary'] });

describe('ORG-2.committee-required', () => {
  it.each<[number, string, CommitteeFact[], PostFact[], string]>([
    [6, 'a single secretary', [SECRETARY_ONLY], [], 'met'],
    [6, 'a committee', [COMMITTEE], [], 'met'],
    [6, 'a secretary post and no committee record', [], [post('f1', 'secretary')], 'met'],
    [6, 'only a deputy secretary', [NO_SECRETARY], [], 'unmet'],
    [6, 'nothing', [], [], 'unmet'],
    [6, 'an ended secretary post', [], [post('f1', 'secretary', { endOn: '2026-06-14' })], 'unmet'],
    [6, 'a secretary post beside a committee record not yet in force', [committee({ startOn: '2026-07-01' })], [post('f1', 'secretary')], 'unmet'],
    [7, 'a single secretary', [SECRETARY_ONLY], [], 'unmet'],
    [7, 'a committee', [COMMITTEE], [], 'met'],
    [7, 'nothing', [], [], 'unmet'],
    [8, 'a committee', [COMMITTEE], [], 'met'],
    [8, 'a secretary post', [], [post('f1', 'secretary')], 'unmet'],
  ])('%i 正式党员 with %s → %s', (n, _, committees, posts, status) => {
    const f = one(judge(committeeRequired, buildBranch({ persons: fullMembers(n), committees, posts })));
    expect(f).toMatchObject({ status, params: { 'org.committeeThreshold': 7, 'org.committeeCountsFullOnly': true } });
    expect(f.evidence[0]?.label).toBe(`正式党员${n}人`);
  });

  it('tells a branch at the threshold to elect a committee', () => {
    const f = one(judge(committeeRequired, buildBranch({ persons: fullMembers(7), committees: [SECRETARY_ONLY] })));
    expect(f.message).toBe('正式党员已有7人（达到7人），应由党员大会选举产生支部委员会，请筹备选举。');
  });

  it('tells a small branch without a secretary to get one', () => {
    const f = one(judge(committeeRequired, buildBranch({ persons: fullMembers(6) })));
    expect(f.message).toBe('正式党员6人（不足7人）的支部应设支部书记1人，目前未设支部书记，请由党员大会选举产生或报机关党委指派。');
  });

  it.each([
    [true, 'met', '正式党员6人'],
    [false, 'unmet', '党员7人'],
  ] as const)('counts only 正式党员 unless switched off (%s → %s)', (fullOnly, status, label) => {
    const persons = [...fullMembers(6), probationary('p1', '2026-01-01')];
    const f = one(judge(committeeRequired, buildBranch({ persons, committees: [SECRETARY_ONLY] }), { params: { 'org.committeeCountsFullOnly': fullOnly } }));
    expect(f.status).toBe(status);
    expect(f.evidence[0]?.label).toBe(label);
  });

  it.each([
    ['the day before', '2026-06-14', 'met'],
    ['the day of', '2026-06-15', 'unmet'],
  ] as const)('the 7th member confirmed on 2026-06-15 counts from then: %s → %s', (_, asOf, status) => {
    const persons = [...fullMembers(6), probationary('p1', '2025-06-15', '2026-06-15')];
    expect(one(judge(committeeRequired, buildBranch({ persons, committees: [SECRETARY_ONLY] }), { asOf })).status).toBe(status);
  });

  it('reads the original "超过7人" when the organ sets the threshold to 8', () => {
    const f = one(judge(committeeRequired, buildBranch({ persons: fullMembers(7), committees: [SECRETARY_ONLY] }), { params: { 'org.committeeThreshold': 8 } }));
    expect(f.status).toBe('met');
  });

  it('judges a past year with the term then in force', () => {
    const old = committee({ id: 'c0', kind: 'committee', startOn: '2021-06-01', endedOn: '2026-03-01' });
    const now = committee({ id: 'c1', kind: 'secretaryOnly', roles: ['secretary'], startOn: '2026-03-01' });
    const branch = buildBranch({ persons: fullMembers(7), committees: [old, now] });
    expect(one(judge(committeeRequired, branch, { year: 2025 })).status).toBe('met');
    expect(one(judge(committeeRequired, branch)).status).toBe('unmet');
  });
});
