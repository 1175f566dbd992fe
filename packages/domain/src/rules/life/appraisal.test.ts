import { describe, expect, it } from 'vitest';
import type { AppraisalFact } from '../../check/facts.js';
import { buildBranch, judge, one } from '../testkit.js';
import { appraisal } from './appraisal.js';
import { appraisalOf } from './testkit.js';

const judged = (appraisals: AppraisalFact[], asOf: string, year = 2026) => one(judge(appraisal, buildBranch({ appraisals }), { asOf, year }));

describe('LIFE-9.appraisal', () => {
  it('met once 组织评定 is done, with the grading date as evidence', () => {
    expect(judged([appraisalOf(2026)], '2026-12-25')).toMatchObject({
      status: 'met',
      message: '2026年民主评议党员已完成组织评定（评议党员5人）。',
      evidence: [{ kind: 'appraisal', id: 'a-2026', date: '2026-12-20' }],
    });
  });

  it.each([
    ['selfReview', '个人自评'],
    ['peerReview', '党员互评'],
    ['ballot', '民主测评'],
    ['grading', '组织评定'],
  ] as const)('at step %s: pending while the year is open, unmet once it has closed', (step, label) => {
    expect(judged([appraisalOf(2026, { step })], '2026-12-31')).toMatchObject({ status: 'pending', message: `2026年民主评议党员正在进行，目前在“${label}”环节。` });
    expect(judged([appraisalOf(2026, { step })], '2027-01-01')).toMatchObject({ status: 'unmet', message: `2026年民主评议党员停在“${label}”环节，未完成组织评定；请完成余下程序。` });
  });

  it.each([
    ['2026-11-01', 'pending'],
    ['2026-11-02', 'dueSoon'],
    ['2027-01-01', 'unmet'],
  ] as const)('none, judged on %s → %s', (asOf, status) => {
    expect(judged([], asOf).status).toBe(status);
  });

  it('another year’s appraisal does not count', () => {
    expect(judged([appraisalOf(2025)], '2027-01-01').status).toBe('unmet');
  });
});
