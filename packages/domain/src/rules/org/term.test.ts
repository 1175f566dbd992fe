import { describe, expect, it } from 'vitest';
import type { ExtensionFact } from '../../check/facts.js';
import { buildBranch, committee, judge, one } from '../testkit.js';
import { term } from './term.js';

/** Elected 2023-06-15 for 3 years: the term ends 2026-06-15 (that day still within it). */
const START = '2023-06-15';
const ext = (months: number, approvedOn = '2026-05-01', id = `x${months}`): ExtensionFact => ({ id, months, approvedOn });
const branchWith = (extensions: ExtensionFact[] = [], termYears = 3) => buildBranch({ committees: [committee({ startOn: START, termYears, extensions })] });

describe('ORG-3.term', () => {
  it.each([
    ['the term ends tomorrow', '2026-06-14', 'dueSoon', '本届任期将于2026年6月15日届满，请筹备换届选举。'],
    ['the term ends today', '2026-06-15', 'dueSoon', '本届任期将于2026年6月15日届满，请筹备换届选举。'],
    ['the term ended yesterday', '2026-06-16', 'unmet', '本届任期已于2026年6月15日届满（已超过1天），请尽快换届。'],
    ['one day before the 6-month window', '2025-12-14', 'met', '本届任期至2026年6月15日届满。'],
    ['the first day of the 6-month window', '2025-12-15', 'dueSoon', '本届任期将于2026年6月15日届满，请筹备换届选举。'],
    ['two months and 30 days over', '2026-09-14', 'unmet', '本届任期已于2026年6月15日届满（已超过2个月），请尽快换届。'],
    ['three months over', '2026-09-15', 'unmet', '本届任期已于2026年6月15日届满（已超过3个月），请尽快换届。'],
  ] as const)('%s (%s) → %s', (_, asOf, status, message) => {
    const f = one(judge(term, branchWith(), { asOf }));
    expect(f).toMatchObject({ status, message, due: '2026-06-15', params: { 'org.termWarnMonths': '6,3,1' } });
  });

  it.each([
    [[ext(11)], 'met', '2027-05-15', '本届任期（经批准延期11个月）至2027年5月15日届满。'],
    [[ext(12)], 'met', '2027-06-15', '本届任期（经批准延期12个月）至2027年6月15日届满。'],
    [[ext(13)], 'unmet', '2027-07-15', '延期共13个月，延期超过1年，请核实任期和延期记录，按期换届。'],
    [[ext(6, '2026-05-01', 'a'), ext(7, '2026-06-01', 'b')], 'unmet', '2027-07-15', '延期共13个月，延期超过1年，请核实任期和延期记录，按期换届。'],
  ] as const)('extensions %j, judged the day after the planned end → %s', (extensions, status, due, message) => {
    const f = one(judge(term, branchWith([...extensions]), { asOf: '2026-06-16' }));
    expect(f).toMatchObject({ status, due, message });
    expect(f.evidence.filter((e) => e.kind === 'extension')).toHaveLength(extensions.length);
  });

  it('an extension approved after the judge date does not yet move the end', () => {
    const f = one(judge(term, branchWith([ext(6, '2026-07-01')]), { asOf: '2026-06-20' }));
    expect(f).toMatchObject({ status: 'unmet', due: '2026-06-15' });
  });

  it('warns inside an extended term', () => {
    expect(one(judge(term, branchWith([ext(6)]), { asOf: '2026-06-16' }))).toMatchObject({
      status: 'dueSoon',
      due: '2026-12-15',
      message: '本届任期（经批准延期6个月）将于2026年12月15日届满，请筹备换届选举。',
    });
  });

  it.each([
    [2, 'unmet'],
    [3, 'met'],
    [5, 'met'],
    [6, 'unmet'],
  ] as const)('a term of %i years → %s', (years, status) => {
    expect(one(judge(term, branchWith([], years), { asOf: '2024-01-01' })).status).toBe(status);
  });

  it('says both when a term of the wrong length has also run out', () => {
    expect(one(judge(term, branchWith([], 2), { asOf: '2026-06-16' })).message).toBe(
      '任期2年，不在3至5年之内；本届任期已于2025年6月15日届满（已超过12个月），请尽快换届。',
    );
  });

  it.each([
    ['2026-03-14', 'met'],
    ['2026-03-15', 'dueSoon'],
  ] as const)('the first warning follows the organ’s months (3,1): %s → %s', (asOf, status) => {
    expect(one(judge(term, branchWith(), { asOf, params: { 'org.termWarnMonths': '1,3' } })).status).toBe(status);
  });

  it('judges a past year on 31 December, with the term then in force', () => {
    const old = committee({ id: 'c0', startOn: START, endedOn: '2027-02-01' });
    const now = committee({ id: 'c1', startOn: '2027-02-01' });
    const f = one(judge(term, buildBranch({ committees: [old, now] }), { asOf: '2027-03-01', year: 2026 }));
    expect(f).toMatchObject({ period: '2026-12-31', status: 'unmet', message: '本届任期已于2026年6月15日届满（已超过6个月），请尽快换届。' });
    expect(f.evidence[0]).toMatchObject({ kind: 'committee', id: 'c0' });
    expect(one(judge(term, buildBranch({ committees: [old, now] }), { asOf: '2027-03-01' })).status).toBe('met');
  });

  it('applies to a single secretary’s term too', () => {
    const c = committee({ kind: 'secretaryOnly', roles: ['secretary'], startOn: START });
    expect(one(judge(term, buildBranch({ committees: [c] }), { asOf: '2026-06-16' })).status).toBe('unmet');
  });

  it('notApplicable without a term', () => {
    expect(one(judge(term, buildBranch()))).toMatchObject({ status: 'notApplicable', reason: '没有在任的支部委员会或书记' });
  });
});
