import { describe, expect, it } from 'vitest';
import { buildBranch, judge, one } from '../testkit.js';
import { themeDayDuration } from './themeDayDuration.js';
import { meeting } from './testkit.js';

const judgeMarch = (...meetings: ReturnType<typeof meeting>[]) =>
  one(judge(themeDayDuration, buildBranch({ meetings }), { asOf: '2026-03-31' }).filter((f) => f.period === '2026-03'));
const day = (heldOn: string, startTime: string | null, endTime: string | null) => meeting('themeDay', heldOn, { startTime, endTime });

describe('LIFE-5.duration', () => {
  it.each([
    ['09:00', '09:59', 'unmet', '2026年3月12日的主题党日只有59分钟（每次应不少于60分钟）。'],
    ['09:00', '10:00', 'met', '2026年3月的主题党日均不少于60分钟。'],
    ['14:30', '16:30', 'met', '2026年3月的主题党日均不少于60分钟。'],
  ] as const)('%s–%s → %s', (start, end, status, message) => {
    const f = judgeMarch(day('2026-03-12', start, end));
    expect(f).toMatchObject({ status, message, params: { 'life.themeDayMinMinutes': 60 } });
    expect(f.evidence[0]?.label).toMatch(/^主题党日 2026-03-12（\d+分钟）$/);
  });

  it('lists every short one', () => {
    expect(judgeMarch(day('2026-03-02', '09:00', '09:50'), day('2026-03-12', '09:00', '11:00'), day('2026-03-20', '09:00', '09:30')).message).toBe(
      '2026年3月2日的主题党日只有50分钟，2026年3月20日的主题党日只有30分钟（每次应不少于60分钟）。',
    );
  });

  it.each([
    ['no times', null, null],
    ['no end', '09:00', null],
    ['an end before the start', '10:00', '09:00'],
  ])('missingData with %s', (_, start, end) => {
    expect(judgeMarch(day('2026-03-12', start, end))).toMatchObject({ status: 'missingData', message: '2026年3月12日的主题党日未记录起止时间，请补录。' });
  });

  it('follows the organ’s minimum', () => {
    const f = one(judge(themeDayDuration, buildBranch({ meetings: [day('2026-03-12', '09:00', '10:00')] }), { asOf: '2026-03-31', params: { 'life.themeDayMinMinutes': 90 } }).filter((x) => x.period === '2026-03'));
    expect(f).toMatchObject({ status: 'unmet', params: { 'life.themeDayMinMinutes': 90 } });
  });

  it('notApplicable in a month without a 主题党日 (LIFE-5.monthly reports it)', () => {
    expect(judgeMarch()).toMatchObject({ status: 'notApplicable', reason: '本月没有主题党日' });
  });
});
