import { describe, expect, it } from 'vitest';
import type { BranchRole } from '../../access/roles.js';
import { buildBranch, committee, committeeMember, FIVE, judge, one, vacancy } from '../testkit.js';
import { committeeSize } from './committeeSize.js';

const roles = (n: number): BranchRole[] => [...FIVE, 'committeeMember' as const].slice(0, n);

describe('ORG-2.committee-size', () => {
  it.each([
    [2, true, 'unmet'],
    [3, true, 'met'],
    [4, true, 'unmet'],
    [5, true, 'met'],
    [6, true, 'unmet'],
    [2, false, 'unmet'],
    [3, false, 'met'],
    [4, false, 'met'],
    [5, false, 'met'],
    [6, false, 'unmet'],
  ] as const)('%i members, odd required: %s → %s', (n, odd, status) => {
    const branch = buildBranch({ committees: [committee({ roles: roles(n) })] });
    const f = one(judge(committeeSize, branch, { params: { 'org.committeeSizeOdd': odd } }));
    expect(f).toMatchObject({ status, params: { 'org.committeeSizeMin': 3, 'org.committeeSizeMax': 5, 'org.committeeSizeOdd': odd } });
    expect(f.evidence.filter((e) => e.kind === 'member')).toHaveLength(n);
  });

  it.each([
    [true, '支委会现有4人，应为3至5人的奇数，请通过换届或补选调整委员人数。'],
    [false, '支委会现有6人，应为3至5人，请通过换届或补选调整委员人数。'],
  ] as const)('says which (odd %s)', (odd, message) => {
    const branch = buildBranch({ committees: [committee({ roles: roles(odd ? 4 : 6) })] });
    expect(one(judge(committeeSize, branch, { params: { 'org.committeeSizeOdd': odd } })).message).toBe(message);
  });

  it('counts open vacancies as seats', () => {
    const c = committee({ roles: roles(4), vacancies: [vacancy('disciplineMember', '2026-05-01')] });
    const f = one(judge(committeeSize, buildBranch({ committees: [c] })));
    expect(f).toMatchObject({ status: 'met', message: '支委会现有5人（在任4人、空缺1人），符合3至5人且为奇数的要求。' });
    expect(f.evidence.some((e) => e.kind === 'vacancy')).toBe(true);
  });

  it.each([
    ['filled by the judge date', { filledOn: '2026-06-15' }],
    ['arising after the judge date', { arisenOn: '2026-06-16' }],
  ])('does not count a vacancy %s', (_, o) => {
    const c = committee({ roles: roles(4), vacancies: [vacancy('disciplineMember', '2026-05-01', o)] });
    expect(one(judge(committeeSize, buildBranch({ committees: [c] }))).status).toBe('unmet');
  });

  it('does not count a member who left before the judge date', () => {
    const c = committee({ roles: roles(3) });
    c.members.push(committeeMember('m9', 'committeeMember', { endOn: '2026-06-14' }));
    expect(one(judge(committeeSize, buildBranch({ committees: [c] }))).status).toBe('met');
  });

  it.each([
    ['no committee', []],
    ['a single secretary', [committee({ kind: 'secretaryOnly', roles: ['secretary'] })]],
  ])('notApplicable with %s', (_, committees) => {
    expect(one(judge(committeeSize, buildBranch({ committees })))).toMatchObject({ status: 'notApplicable', reason: '未设支部委员会' });
  });
});
