import { describe, expect, it } from 'vitest';
import { AS_OF, buildBranch, fullMembers, judge, one, person, probationary } from '../testkit.js';
import { minFullMembers } from './minFullMembers.js';

describe('ORG-1.min-full-members', () => {
  it.each([
    [2, 'unmet'],
    [3, 'met'],
    [4, 'met'],
  ] as const)('%i 正式党员 → %s', (n, status) => {
    const f = one(judge(minFullMembers, buildBranch({ persons: fullMembers(n) }), { asOf: AS_OF }));
    expect(f).toMatchObject({ status, rule: 'ORG-1.min-full-members', clause: 'ORG-1', period: AS_OF, params: { 'org.minFullMembers': 3 } });
    expect(f.evidence).toEqual([{ kind: 'branch', id: 'b1', label: `正式党员${n}人`, date: AS_OF }]);
  });

  it('says what is wrong and what to do', () => {
    const f = one(judge(minFullMembers, buildBranch({ persons: fullMembers(2) })));
    expect(f.message).toBe('支部现有正式党员2人，少于3人，请补足正式党员或与工作性质相近的支部联合建立党支部。');
  });

  it.each([
    ['the day before confirmation', '2026-06-14', 'unmet'],
    ['the day of confirmation', '2026-06-15', 'met'],
  ] as const)('a probationary member confirmed on 2026-06-15 counts as full only from then: %s → %s', (_, asOf, status) => {
    const persons = [...fullMembers(2), probationary('p1', '2025-06-15', '2026-06-15')];
    expect(one(judge(minFullMembers, buildBranch({ persons }), { asOf })).status).toBe(status);
  });

  it.each([
    ['a 预备党员', probationary('p1', '2025-01-01')],
    ['a member who left the branch', person('x', { memberships: [{ startOn: '2015-01-01', endOn: '2026-06-14' }] })],
    ['a member who joined the branch tomorrow', person('x', { memberships: [{ startOn: '2026-06-16', endOn: null }] })],
    ['a deceased member', person('x', { status: 'deceased' })],
    ['an activist', person('x', { category: 'activist', joinedOn: null, confirmedOn: null })],
    ['a full member whose known join date is later and confirmation unknown', person('x', { joinedOn: '2026-07-01', confirmedOn: null })],
  ])('does not count %s', (_, extra) => {
    const f = one(judge(minFullMembers, buildBranch({ persons: [...fullMembers(2), extra] })));
    expect(f.status).toBe('unmet');
  });

  it('counts an imported full member with no dates', () => {
    const f = one(judge(minFullMembers, buildBranch({ persons: [...fullMembers(2), person('x', { joinedOn: null, confirmedOn: null })] })));
    expect(f.status).toBe('met');
  });

  it('judges a past year on 31 December', () => {
    const persons = [...fullMembers(2), person('x', { memberships: [{ startOn: '2026-03-01', endOn: null }] })];
    const f = one(judge(minFullMembers, buildBranch({ persons }), { asOf: AS_OF, year: 2025 }));
    expect(f).toMatchObject({ period: '2025-12-31', status: 'unmet' });
    expect(f.evidence[0]?.date).toBe('2025-12-31');
  });

  it('reads the organ’s parameter and carries it on the finding', () => {
    const f = one(judge(minFullMembers, buildBranch({ persons: fullMembers(3) }), { params: { 'org.minFullMembers': 4 } }));
    expect(f).toMatchObject({ status: 'unmet', params: { 'org.minFullMembers': 4 } });
  });
});
