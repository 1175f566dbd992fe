import { describe, expect, it } from 'vitest';
import type { Viewer } from '../access/roles.js';
import { canSeeHardship, careVisitProblems, hardshipProblems, hoursOfTenths, inDifficultyDuring, readsBranchHardships, trainingProblems } from './care.js';

const viewer = (o: Partial<Viewer> = {}): Viewer => ({ accountId: 'a', organId: 'o', personId: 'me', organRoles: [], branchRoles: {}, ledGroups: [], ...o });

describe('who sees hardship details (contracts §4)', () => {
  const h = { branchId: 'b1', personId: 'p1' };
  it.each([
    ['organ admin', viewer({ organRoles: ['organAdmin'], personId: null }), true],
    ['书记', viewer({ branchRoles: { b1: ['secretary'] } }), true],
    ['组织委员', viewer({ branchRoles: { b1: ['organizationMember'] } }), true],
    ['宣传委员 (other 支委)', viewer({ branchRoles: { b1: ['publicityMember'] } }), true],
    ['the member', viewer({ personId: 'p1' }), true],
    ['党小组长', viewer({ ledGroups: [{ groupId: 'g1', branchId: 'b1' }] }), false],
    ['another member', viewer(), false],
    ['书记 of another branch', viewer({ branchRoles: { b2: ['secretary'] } }), false],
    ['assessor', viewer({ organRoles: ['assessor'], personId: null }), false],
  ] as const)('%s → %s', (_who, v, sees) => {
    expect(canSeeHardship(v as Viewer, h)).toBe(sees);
  });
  it('the whole branch list only for the admin and the committee', () => {
    expect(readsBranchHardships(viewer({ personId: 'p1' }), 'b1')).toBe(false);
    expect(readsBranchHardships(viewer({ branchRoles: { b1: ['committeeMember'] } }), 'b1')).toBe(true);
  });
});

describe('dates', () => {
  it.each([
    ['2025-05-01', null, true],
    ['2026-12-31', null, true],
    ['2027-01-01', null, false],
    ['2025-05-01', '2025-12-31', false],
    ['2025-05-01', '2026-01-01', true],
  ] as const)('since %s resolved %s is in difficulty during 2026: %s', (sinceOn, resolvedOn, during) => {
    expect(inDifficultyDuring({ sinceOn, resolvedOn }, '2026-01-01', '2026-12-31')).toBe(during);
  });
  it('hardship problems', () => {
    expect(hardshipProblems({ sinceOn: '2026-01-01', resolvedOn: null, details: '住院治疗' }, '2026-11-24')).toEqual([]);
    expect(hardshipProblems({ sinceOn: '2026-11-25', resolvedOn: '2026-11-01', details: ' ' }, '2026-11-24')).toEqual(['请填写困难情况', '困难开始日期不能晚于今天', '解决日期不能早于困难开始日期']);
  });
  it('visit problems', () => {
    const v = { visitedOn: '2026-03-01', kind: 'visit' as const, aidFen: null, visitors: '张三', description: '上门看望' };
    expect(careVisitProblems(v, { sinceOn: '2026-01-01' }, '2026-11-24')).toEqual([]);
    expect(careVisitProblems({ ...v, visitedOn: '2025-12-31' }, { sinceOn: '2026-01-01' }, '2026-11-24')).toEqual(['走访日期不能早于困难开始日期']);
    expect(careVisitProblems({ ...v, kind: 'aid' }, { sinceOn: '2026-01-01' }, '2026-11-24')).toEqual(['帮扶救助请填写金额']);
    expect(careVisitProblems({ ...v, aidFen: -1 }, { sinceOn: '2026-01-01' }, '2026-11-24')).toEqual(['金额应为非负整数（单位：分）']);
    expect(careVisitProblems({ ...v, visitedOn: '2026-11-25' }, { sinceOn: '2026-01-01' }, '2026-11-24')).toEqual(['走访日期不能晚于今天']);
  });
  it('training problems and hours', () => {
    expect(trainingProblems({ startOn: '2026-03-02', endOn: '2026-03-01' }, '2026-11-24')).toEqual(['结束日期不能早于开始日期']);
    expect(trainingProblems({ startOn: '2026-03-01', endOn: '2026-03-05' }, '2026-11-24')).toEqual([]);
    expect(hoursOfTenths(15)).toBe(1.5);
    expect(hoursOfTenths(null)).toBeNull();
  });
});
