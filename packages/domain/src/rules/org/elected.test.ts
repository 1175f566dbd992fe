import { describe, expect, it } from 'vitest';
import type { CommitteeFact, PostFact } from '../../check/facts.js';
import { buildBranch, committee, committeeMember, judge, one, post } from '../testkit.js';
import { elected } from './elected.js';

const unelected = (origin: 'appointed' | 'recorded'): CommitteeFact => {
  const c = committee({ kind: 'secretaryOnly', roles: [], electedOn: null });
  c.members.push(committeeMember('m1', 'secretary', { origin }));
  return c;
};

describe('ORG-3.elected', () => {
  it.each<[string, CommitteeFact[], PostFact[], string, string]>([
    ['an elected committee', [committee({ electedOn: '2024-06-01' })], [], 'met', '本届支部委员会于2024年6月1日选举产生。'],
    ['an elected single secretary', [committee({ kind: 'secretaryOnly', roles: ['secretary'] })], [], 'met', '本届支部书记于2024年6月1日选举产生。'],
    ['a term without election date, secretary appointed by the 机关党委', [unelected('appointed')], [], 'met', '支部书记委员m1由机关党委指派。'],
    ['a term without election date', [unelected('recorded')], [], 'unmet', '本届未记录选举日期，请补录选举记录。'],
    ['only a secretary post', [], [post('f1', 'secretary')], 'unmet', '尚未录入支部委员会（或书记）的选举记录，请补录本届选举结果。'],
    ['no committee and no posts', [], [], 'unmet', '没有选举产生的支部委员会或书记，请召开党员大会进行选举。'],
  ])('%s → %s', (_, committees, posts, status, message) => {
    const f = one(judge(elected, buildBranch({ committees, posts })));
    expect(f).toMatchObject({ status, message });
  });

  it('gives the committee with its election date as evidence', () => {
    const f = one(judge(elected, buildBranch({ committees: [committee({ id: 'c7', startOn: '2024-06-03', electedOn: '2024-06-01' })] })));
    expect(f.evidence).toEqual([{ kind: 'committee', id: 'c7', label: '支部委员会（2024年6月3日起，任期3年）', date: '2024-06-01' }]);
  });

  it('judges the term in force on the judge date (a past year reads the old term)', () => {
    const old = committee({ id: 'c0', startOn: '2021-06-01', electedOn: null, endedOn: '2026-03-01' });
    const now = committee({ id: 'c1', startOn: '2026-03-01' });
    const branch = buildBranch({ committees: [old, now] });
    expect(one(judge(elected, branch, { year: 2025 })).status).toBe('unmet');
    expect(one(judge(elected, branch)).status).toBe('met');
  });
});
