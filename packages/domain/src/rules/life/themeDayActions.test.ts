import { describe, expect, it } from 'vitest';
import type { MeetingFact } from '../../check/facts.js';
import type { DuesFacts } from '../../dues/facts.js';
import { buildBranch, judge, one } from '../testkit.js';
import { themeDayActions } from './themeDayActions.js';
import { meeting } from './testkit.js';

const ALL_PAID: DuesFacts = {
  payments: ['p1', 'p2', 'p3'].map((personId) => ({ personId, month: '2026-05', paidOn: '2026-05-02' })),
  reductions: [],
};
const judgeMay = (meetings: MeetingFact[], dues: DuesFacts = ALL_PAID) =>
  one(judge(themeDayActions, buildBranch({ meetings, dues }), { asOf: '2026-05-31' }).filter((f) => f.period === '2026-05'));
const ticks = (recitedConstitution: boolean, studied: boolean, presentPersonIds = ['p1', 'p2', 'p3']) => ({
  themeDay: { recitedConstitution, studied, paidDues: false, presentPersonIds },
});

describe('LIFE-5.required-actions', () => {
  it.each([
    [ticks(true, true), 'met', '2026年5月的主题党日均已集体诵读党章、组织集中学习、交纳当月党费（2026年5月8日出席党员3人中3人已交本月党费）。'],
    [ticks(false, true), 'unmet', '2026年5月8日的主题党日未集体诵读党章（每次都要集体诵读党章、组织集中学习、交纳当月党费；2026年5月8日出席党员3人中3人已交本月党费）。'],
    [ticks(true, false, ['p1', 'p4']), 'unmet', '2026年5月8日的主题党日未组织集中学习、未交纳当月党费（每次都要集体诵读党章、组织集中学习、交纳当月党费；2026年5月8日出席党员2人中1人已交本月党费）。'],
    [{ themeDay: null }, 'unmet', '2026年5月8日的主题党日未集体诵读党章、未组织集中学习、未交纳当月党费（每次都要集体诵读党章、组织集中学习、交纳当月党费；2026年5月8日出席党员0人中0人已交本月党费）。'],
  ] as const)('%j → %s', (o, status, message) => {
    expect(judgeMay([meeting('themeDay', '2026-05-08', o as Partial<MeetingFact>)])).toMatchObject({ status, message, evidence: [{ kind: 'meeting', label: '主题党日 2026-05-08' }] });
  });

  it('the old hand tick no longer decides: a tick without payments is unmet', () => {
    const m = meeting('themeDay', '2026-05-08', { themeDay: { recitedConstitution: true, studied: true, paidDues: true, presentPersonIds: ['p1'] } });
    expect(judgeMay([m], { payments: [], reductions: [] })).toMatchObject({ status: 'unmet', message: expect.stringContaining('出席党员1人中0人已交本月党费') });
  });

  it('paid ahead counts; a payment after the meeting day or for another month does not', () => {
    const dues: DuesFacts = {
      payments: [
        { personId: 'p1', month: '2026-05', paidOn: '2026-02-10' },
        { personId: 'p2', month: '2026-05', paidOn: '2026-05-09' },
        { personId: 'p3', month: '2026-04', paidOn: '2026-05-08' },
      ],
      reductions: [],
    };
    expect(judgeMay([meeting('themeDay', '2026-05-08', ticks(true, true))], dues)).toMatchObject({ status: 'unmet', message: expect.stringContaining('出席党员3人中1人已交本月党费') });
    expect(judgeMay([meeting('themeDay', '2026-05-09', ticks(true, true, ['p1', 'p2']))], dues)).toMatchObject({ status: 'met' });
  });

  it('an approved exemption counts as paid, a reduction does not by itself', () => {
    const dues: DuesFacts = {
      payments: [{ personId: 'p1', month: '2026-05', paidOn: '2026-05-01' }],
      reductions: [
        { personId: 'p2', fromMonth: '2026-01', toMonth: '2026-12', amountFen: 0 },
        { personId: 'p3', fromMonth: '2026-01', toMonth: '2026-12', amountFen: 10 },
      ],
    };
    expect(judgeMay([meeting('themeDay', '2026-05-08', ticks(true, true, ['p1', 'p2']))], dues)).toMatchObject({ status: 'met' });
    expect(judgeMay([meeting('themeDay', '2026-05-08', ticks(true, true))], dues)).toMatchObject({ status: 'unmet', message: expect.stringContaining('3人中2人') });
  });

  it('with no 党员 recorded present the dues action cannot be met', () => {
    expect(judgeMay([meeting('themeDay', '2026-05-08', ticks(true, true, []))])).toMatchObject({ status: 'unmet', message: expect.stringContaining('未交纳当月党费') });
  });

  it('every theme day of the month must have them', () => {
    const f = judgeMay([meeting('themeDay', '2026-05-08', ticks(true, true)), meeting('themeDay', '2026-05-20', ticks(true, true, ['p1', 'p9']))]);
    expect(f).toMatchObject({ status: 'unmet', message: expect.stringContaining('2026年5月20日的主题党日未交纳当月党费') });
    expect(f.evidence).toHaveLength(2);
  });

  it('notApplicable in a month without a 主题党日', () => {
    expect(judgeMay([])).toMatchObject({ status: 'notApplicable', reason: '本月没有主题党日' });
  });
});
