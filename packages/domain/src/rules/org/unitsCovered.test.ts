import { describe, expect, it } from 'vitest';
import type { UnitFact } from '../../check/facts.js';
import { AS_OF, buildBranch, buildFacts, judge } from '../testkit.js';
import { unitsCovered } from './unitsCovered.js';

const first = buildBranch({ id: 'b1', fullName: '办公厅第一党支部' });
const joint = buildBranch({ id: 'b2', fullName: '研究室联合党支部', kind: 'joint' });
const unit = (id: string, name: string, branchIds: string[]): UnitFact => ({ id, name, branchIds });

describe('ORG-1.units-covered', () => {
  it('one met finding when every unit is covered (alone or jointly)', () => {
    const facts = buildFacts({
      branches: [first, joint],
      units: [unit('u1', '办公厅', ['b1']), unit('u2', '研究室', ['b2']), unit('u3', '信息中心', ['b2'])],
    });
    const fs = judge(unitsCovered, facts);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ status: 'met', scope: 'organ', branch: '市人大常委会机关', period: AS_OF, params: {} });
    expect(fs[0]?.evidence.map((e) => e.label)).toEqual(['办公厅：办公厅第一党支部', '研究室：研究室联合党支部', '信息中心：研究室联合党支部']);
  });

  it.each([
    ['no branch at all', [], null],
    ['its branch dissolved on the judge date', ['b3'], { dissolvedOn: AS_OF }],
    ['its branch founded the day after', ['b3'], { foundedOn: '2026-06-16' }],
  ] as const)('a unit with %s is unmet, as its subject', (_, ids, b3) => {
    const branches = b3 ? [first, buildBranch({ id: 'b3', fullName: '法工委党支部', ...b3 })] : [first];
    const facts = buildFacts({ branches, units: [unit('u1', '办公厅', ['b1']), unit('u9', '法工委', [...ids])] });
    const fs = judge(unitsCovered, facts);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({
      status: 'unmet',
      subject: { kind: 'unit', id: 'u9', name: '法工委' },
      message: '法工委没有设立党支部，请单独建立党支部或将其纳入工作性质相近的联合党支部。',
    });
  });

  it('a branch founded on the judge date covers its unit', () => {
    const facts = buildFacts({ branches: [buildBranch({ foundedOn: AS_OF })], units: [unit('u1', '办公厅', ['b1'])] });
    expect(judge(unitsCovered, facts)[0]?.status).toBe('met');
  });

  it('one finding per uncovered unit', () => {
    const facts = buildFacts({ branches: [first], units: [unit('u1', '办公厅', ['b1']), unit('u2', '研究室', []), unit('u3', '法工委', [])] });
    expect(judge(unitsCovered, facts).map((f) => [f.status, f.subject?.name])).toEqual([
      ['unmet', '法工委'],
      ['unmet', '研究室'],
    ]);
  });

  it('notApplicable with a reason when the organ has no units recorded', () => {
    const fs = judge(unitsCovered, buildFacts({ units: [] }));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ status: 'notApplicable', reason: '未录入委室（科室）' });
  });

  it('judges a past year on 31 December', () => {
    const facts = buildFacts({ branches: [buildBranch({ foundedOn: '2026-03-01' })], units: [unit('u1', '办公厅', ['b1'])] });
    expect(judge(unitsCovered, facts, { year: 2025 })[0]).toMatchObject({ period: '2025-12-31', status: 'unmet' });
  });
});
