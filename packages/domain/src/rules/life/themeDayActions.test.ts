import { describe, expect, it } from 'vitest';
import type { MeetingFact } from '../../check/facts.js';
import { buildBranch, judge, one } from '../testkit.js';
import { themeDayActions } from './themeDayActions.js';
import { meeting } from './testkit.js';

const judgeMay = (meetings: MeetingFact[]) => one(judge(themeDayActions, buildBranch({ meetings }), { asOf: '2026-05-31' }).filter((f) => f.period === '2026-05'));
/** the ticks, and the 党员 present with how many of them had not paid May by the day */
const ticks = (recitedConstitution: boolean, studied: boolean, duesPresent = 3, duesUnpaid = 0) => ({
  themeDay: { recitedConstitution, studied, paidDues: false, duesPresent, duesUnpaid },
});

describe('LIFE-5.required-actions', () => {
  it.each([
    [ticks(true, true), 'met', '2026年5月的主题党日均已集体诵读党章、组织集中学习、交纳当月党费（2026年5月8日出席党员3人中3人已交本月党费）。'],
    [ticks(false, true), 'unmet', '2026年5月8日的主题党日未集体诵读党章（每次都要集体诵读党章、组织集中学习、交纳当月党费；2026年5月8日出席党员3人中3人已交本月党费）。'],
    [ticks(true, false, 2, 1), 'unmet', '2026年5月8日的主题党日未组织集中学习、未交纳当月党费（每次都要集体诵读党章、组织集中学习、交纳当月党费；2026年5月8日出席党员2人中1人已交本月党费）。'],
    [{ themeDay: null }, 'unmet', '2026年5月8日的主题党日未集体诵读党章、未组织集中学习、未交纳当月党费（每次都要集体诵读党章、组织集中学习、交纳当月党费；2026年5月8日出席党员0人中0人已交本月党费）。'],
  ] as const)('%j → %s', (o, status, message) => {
    expect(judgeMay([meeting('themeDay', '2026-05-08', o as Partial<MeetingFact>)])).toMatchObject({ status, message, evidence: [{ kind: 'meeting', label: '主题党日 2026-05-08' }] });
  });

  it('the old hand tick no longer decides: a tick with a present 党员 unpaid is unmet', () => {
    const m = meeting('themeDay', '2026-05-08', { themeDay: { recitedConstitution: true, studied: true, paidDues: true, duesPresent: 1, duesUnpaid: 1 } });
    expect(judgeMay([m])).toMatchObject({ status: 'unmet', message: expect.stringContaining('出席党员1人中0人已交本月党费') });
  });

  it('with no 党员 recorded present the dues action cannot be met', () => {
    expect(judgeMay([meeting('themeDay', '2026-05-08', ticks(true, true, 0))])).toMatchObject({ status: 'unmet', message: expect.stringContaining('未交纳当月党费') });
  });

  it('every theme day of the month must have them', () => {
    const f = judgeMay([meeting('themeDay', '2026-05-08', ticks(true, true)), meeting('themeDay', '2026-05-20', ticks(true, true, 2, 1))]);
    expect(f).toMatchObject({ status: 'unmet', message: expect.stringContaining('2026年5月20日的主题党日未交纳当月党费') });
    expect(f.evidence).toHaveLength(2);
  });

  it('notApplicable in a month without a 主题党日', () => {
    expect(judgeMay([])).toMatchObject({ status: 'notApplicable', reason: '本月没有主题党日' });
  });
});
