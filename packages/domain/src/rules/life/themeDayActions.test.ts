import { describe, expect, it } from 'vitest';
import type { MeetingFact } from '../../check/facts.js';
import { buildBranch, judge, one } from '../testkit.js';
import { themeDayActions } from './themeDayActions.js';
import { meeting } from './testkit.js';

const judgeMay = (...meetings: MeetingFact[]) => one(judge(themeDayActions, buildBranch({ meetings }), { asOf: '2026-05-31' }).filter((f) => f.period === '2026-05'));
const ticks = (recitedConstitution: boolean, studied: boolean, paidDues: boolean) => ({ themeDay: { recitedConstitution, studied, paidDues } });

describe('LIFE-5.required-actions', () => {
  it.each([
    [ticks(true, true, true), 'met', '2026年5月的主题党日均已集体诵读党章、组织集中学习、交纳当月党费。'],
    [ticks(false, true, true), 'unmet', '2026年5月8日的主题党日未集体诵读党章（每次都要集体诵读党章、组织集中学习、交纳当月党费）。'],
    [ticks(true, false, false), 'unmet', '2026年5月8日的主题党日未组织集中学习、未交纳当月党费（每次都要集体诵读党章、组织集中学习、交纳当月党费）。'],
    [{ themeDay: null }, 'unmet', '2026年5月8日的主题党日未集体诵读党章、未组织集中学习、未交纳当月党费（每次都要集体诵读党章、组织集中学习、交纳当月党费）。'],
  ] as const)('%j → %s', (o, status, message) => {
    expect(judgeMay(meeting('themeDay', '2026-05-08', o))).toMatchObject({ status, message, evidence: [{ kind: 'meeting', label: '主题党日 2026-05-08' }] });
  });

  it('every theme day of the month must have them', () => {
    const f = judgeMay(meeting('themeDay', '2026-05-08'), meeting('themeDay', '2026-05-20', ticks(true, true, false)));
    expect(f).toMatchObject({ status: 'unmet', message: expect.stringContaining('2026年5月20日的主题党日未交纳当月党费') });
    expect(f.evidence).toHaveLength(2);
  });

  it('notApplicable in a month without a 主题党日', () => {
    expect(judgeMay()).toMatchObject({ status: 'notApplicable', reason: '本月没有主题党日' });
  });
});
