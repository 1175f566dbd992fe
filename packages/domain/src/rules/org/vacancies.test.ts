import { describe, expect, it } from 'vitest';
import { addDays } from '../../time/calendarDate.js';
import { AS_OF, buildBranch, committee, judge, one, vacancy } from '../testkit.js';
import { vacancies } from './vacancies.js';

describe('ORG-3.vacancies', () => {
  it.each([
    [0, 'dueSoon', '组织委员（原张三）空缺，请于2026年9月13日前召开党员大会补选。'],
    [90, 'dueSoon', '组织委员（原张三）空缺已90天，请于2026年6月15日前召开党员大会补选。'],
    [91, 'unmet', '组织委员（原张三）空缺已91天，超过90天未补选，请尽快召开党员大会补选。'],
  ] as const)('a vacancy open %i days → %s', (days, status, message) => {
    const arisenOn = addDays(AS_OF, -days);
    const c = committee({ roles: ['secretary', 'publicityMember'], vacancies: [vacancy('organizationMember', arisenOn)] });
    const f = one(judge(vacancies, buildBranch({ committees: [c] })));
    expect(f).toMatchObject({
      status,
      message,
      due: addDays(arisenOn, 90),
      subject: { kind: 'vacancy', id: 'v-organizationMember', name: '组织委员（原张三）' },
      params: { 'org.vacancyFillDays': 90 },
    });
    expect(f.evidence).toContainEqual({ kind: 'vacancy', id: 'v-organizationMember', label: '组织委员（原张三）空缺', date: arisenOn });
  });

  it('a 书记 vacancy may also be filled by the 机关党委’s appointment', () => {
    const c = committee({ roles: ['organizationMember', 'publicityMember'], vacancies: [vacancy('secretary', '2026-01-01', { personName: '王五' })] });
    expect(judge(vacancies, buildBranch({ committees: [c] }))).toEqual([
      expect.objectContaining({ status: 'unmet', message: '书记（原王五）空缺已165天，超过90天未补选，请尽快召开党员大会补选或报机关党委指派。' }),
    ]);
  });

  it('one finding per open vacancy, by subject', () => {
    const c = committee({
      roles: ['secretary'],
      vacancies: [vacancy('publicityMember', '2026-06-01', { personName: '李四' }), vacancy('organizationMember', '2026-01-01')],
    });
    expect(judge(vacancies, buildBranch({ committees: [c] })).map((f) => [f.subject?.name, f.status])).toEqual([
      ['宣传委员（原李四）', 'dueSoon'],
      ['组织委员（原张三）', 'unmet'],
    ]);
  });

  it.each([
    ['no vacancy', []],
    ['a vacancy filled on the judge date', [vacancy('organizationMember', '2026-01-01', { filledOn: AS_OF, filledBy: 'byElection' })]],
    ['a vacancy arising after the judge date', [vacancy('organizationMember', '2026-06-16')]],
  ])('one met finding with %s', (_, vs) => {
    const f = one(judge(vacancies, buildBranch({ committees: [committee({ vacancies: vs })] })));
    expect(f).toMatchObject({ status: 'met', message: '本届委员没有空缺。' });
  });

  it('a term with no 书记 and no recorded 书记 vacancy is unmet', () => {
    const c = committee({ roles: ['organizationMember', 'publicityMember', 'disciplineMember'] });
    expect(one(judge(vacancies, buildBranch({ committees: [c] })))).toMatchObject({
      status: 'unmet',
      subject: { kind: 'committee', id: 'c1', name: '书记' },
      message: '书记空缺，请召开党员大会补选书记或报机关党委指派。',
    });
  });

  it('reads the organ’s fill deadline', () => {
    const c = committee({ vacancies: [vacancy('organizationMember', addDays(AS_OF, -31))] });
    expect(one(judge(vacancies, buildBranch({ committees: [c] }), { params: { 'org.vacancyFillDays': 30 } })).status).toBe('unmet');
  });

  it('judges a past year on 31 December', () => {
    const c = committee({ vacancies: [vacancy('organizationMember', '2025-09-01', { filledOn: '2026-02-01', filledBy: 'byElection' })] });
    const f = one(judge(vacancies, buildBranch({ committees: [c] }), { year: 2025 }));
    expect(f).toMatchObject({ period: '2025-12-31', status: 'unmet', due: '2025-11-30' });
  });

  it('notApplicable without a term', () => {
    expect(one(judge(vacancies, buildBranch()))).toMatchObject({ status: 'notApplicable', reason: '没有在任的支部委员会或书记' });
  });
});
