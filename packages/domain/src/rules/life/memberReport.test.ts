import { describe, expect, it } from 'vitest';
import { buildBranch, judge, person, probationary } from '../testkit.js';
import { memberReport } from './memberReport.js';

const persons = [
  person('p1', { name: '张三' }),
  person('p2', { name: '李四' }),
  probationary('p3', '2026-03-01'),
  person('x', { name: '积极分子', category: 'activist', joinedOn: null, confirmedOn: null }),
  person('gone', { memberships: [{ startOn: '2015-01-01', endOn: '2026-05-01' }] }),
];
const branch = (reports: { personId: string; year: number; reportedOn: string }[]) => buildBranch({ persons, memberReports: reports });

describe('LIFE-8.member-report', () => {
  it('one finding per 党员 on the roster, naming them; activists and those who left are not judged', () => {
    const fs = judge(memberReport, branch([{ personId: 'p1', year: 2026, reportedOn: '2026-12-01' }]), { asOf: '2026-12-15' });
    expect(fs.map((f) => [f.subject?.id, f.status]).sort()).toEqual([
      ['p1', 'met'],
      ['p2', 'dueSoon'],
      ['p3', 'dueSoon'],
    ]);
    expect(fs.find((f) => f.subject?.id === 'p1')).toMatchObject({
      message: '张三已于2026-12-01作2026年度党员汇报。',
      evidence: [{ kind: 'member', id: 'p1', date: '2026-12-01' }],
      subject: { kind: 'member', id: 'p1', name: '张三' },
    });
    expect(fs.find((f) => f.subject?.id === 'p2')?.message).toBe('2026年李四尚未作党员汇报，请在2026年12月31日前完成。');
  });

  it.each([
    ['2026-12-31', 2026, 'met'],
    ['2027-01-01', 2027, 'pending'],
  ] as const)('a report of 2026 (on 31 December), judged on %s for %s → %s', (asOf, year, status) => {
    const f = judge(memberReport, branch([{ personId: 'p1', year: 2026, reportedOn: '2026-12-31' }]), { asOf, year }).find((x) => x.subject?.id === 'p1');
    expect(f?.status).toBe(status);
  });

  it('a closed year without a report is unmet, naming the member', () => {
    const f = judge(memberReport, branch([]), { asOf: '2027-01-01', year: 2026 }).find((x) => x.subject?.id === 'p2');
    expect(f).toMatchObject({ status: 'unmet', message: '2026年李四没有作党员汇报的记录（每年1次）；如已汇报，请补录。' });
    // no deadline per name: the calendar feed carries no personal data
    expect(f?.due).toBeUndefined();
  });

  it('a member who left the branch before the year’s end is not judged', () => {
    const ids = judge(memberReport, branch([]), { asOf: '2027-01-01', year: 2026 }).map((f) => f.subject?.id);
    expect(ids).not.toContain('gone');
    expect(ids).toContain('p3');
  });

  it('owes nothing for a year in which one became a 党员 of the branch after 1 October (but owes while the year is young)', () => {
    const late = [person('p1'), probationary('n1', '2026-10-02')];
    const judged = (asOf: string) => judge(memberReport, buildBranch({ persons: late, memberReports: [] }), { asOf, year: 2026 }).map((f) => f.subject?.id).sort();
    expect(judged('2027-01-01')).toEqual(['p1']);
    expect(judged('2026-12-20')).toEqual(['p1']);
    const onTheDay = [person('p1'), probationary('n1', '2026-10-01')];
    expect(judge(memberReport, buildBranch({ persons: onTheDay, memberReports: [] }), { asOf: '2027-01-01', year: 2026 }).map((f) => f.subject?.id).sort()).toEqual(['n1', 'p1']);
  });
});
