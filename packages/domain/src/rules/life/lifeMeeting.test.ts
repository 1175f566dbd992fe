import { describe, expect, it } from 'vitest';
import type { RectificationFact } from '../../check/facts.js';
import { buildBranch, judge, one } from '../testkit.js';
import { lifeMeeting } from './lifeMeeting.js';
import { meeting, rectification } from './testkit.js';

const held = (heldOn: string, id = 'lm1') => meeting('lifeMeeting', heldOn, { id });
const judged = (heldOn: string | null, items: RectificationFact[], asOf: string, year = 2026, params = {}) =>
  one(judge(lifeMeeting, buildBranch({ meetings: heldOn ? [held(heldOn)] : [], rectifications: items }), { asOf, year, params }));

describe('LIFE-7.life-meeting', () => {
  it.each([
    ['2026-12-31', 'met'],
    ['2027-01-01', 'unmet'],
  ] as const)('a 组织生活会 on %s (its one item closed) counts for 2026 → %s', (heldOn, status) => {
    expect(judged(heldOn, [rectification('lm1', 1, '2027-03-01', { status: 'closed', closedOn: '2027-02-01' })], '2027-01-02').status).toBe(status);
  });

  it('none in the year: the open status, with the year’s end as the deadline', () => {
    expect(judged(null, [], '2026-11-02')).toMatchObject({ status: 'dueSoon', message: '2026年尚未召开组织生活会，请在2026年12月31日前召开组织生活会并记录。' });
    expect(judged(null, [], '2027-01-01').status).toBe('unmet');
  });

  it('met when every item is closed or carried over with a reason', () => {
    const items = [
      rectification('lm1', 1, '2026-06-30', { status: 'closed', closedOn: '2026-06-20' }),
      rectification('lm1', 2, '2026-06-30', { status: 'carriedOver', carryReason: '跨年度工程' }),
    ];
    expect(judged('2026-03-10', items, '2026-09-01')).toMatchObject({
      status: 'met',
      message: '2026年已召开组织生活会1次，整改事项2项已全部落实（完成1项，说明理由结转1项）。',
      evidence: [{ kind: 'meeting', id: 'lm1' }],
    });
  });

  it.each([
    ['2026-06-30', 'pending'],
    ['2026-07-01', 'unmet'],
  ] as const)('an item open with deadline 2026-06-30, judged on %s → %s', (asOf, status) => {
    const f = judged('2026-03-10', [rectification('lm1', 1, '2026-06-30'), rectification('lm1', 2, '2026-05-01', { status: 'closed', closedOn: '2026-04-01' })], asOf);
    expect(f.status).toBe(status);
    if (status === 'unmet') {
      expect(f.message).toBe('2026年组织生活会的整改事项有1项逾期未完成：1. 问题1（期限2026-06-30）；请督促整改并登记完成情况。');
      expect(f.evidence.map((e) => e.kind)).toEqual(['meeting', 'rectification']);
    } else {
      expect(f.message).toBe('2026年已召开组织生活会，整改事项2项中尚有1项未到期、正在整改。');
    }
  });

  it.each([
    ['2027-03-31', 'pending'],
    ['2027-04-01', 'unmet'],
  ] as const)('a closed year: an item of a November meeting due 2027-03-31, judged on %s → %s', (asOf, status) => {
    expect(judged('2026-11-10', [rectification('lm1', 1, '2027-03-31')], asOf).status).toBe(status);
  });

  it('a closed year: a December meeting still has its days to record the 台账', () => {
    expect(judged('2026-12-20', [], '2027-02-18').status).toBe('pending');
    expect(judged('2026-12-20', [], '2027-02-19').status).toBe('unmet');
  });

  it.each([
    ['2026-05-09', 'pending'],
    ['2026-05-10', 'unmet'],
  ] as const)('no 台账 60 days after a meeting of 2026-03-10, judged on %s → %s', (asOf, status) => {
    const f = judged('2026-03-10', [], asOf);
    expect(f.status).toBe(status);
    expect(f.message).toMatch(status === 'unmet' ? /会后未建立整改落实台账（应在会后60天内建立）/ : /请在2026年5月9日前建立整改落实台账/);
  });

  it('the number of days is a parameter', () => {
    expect(judged('2026-03-10', [], '2026-05-10', 2026, { 'life.rectificationDays': 90 }).status).toBe('pending');
  });

  it('items of another meeting do not count for this one', () => {
    expect(judged('2026-03-10', [rectification('other', 1, '2026-12-31', { status: 'closed', closedOn: '2026-04-01' })], '2026-06-01').message).toMatch(/未建立整改落实台账/);
  });
});
