import { describe, expect, it } from 'vitest';
import { compareFindings, sortFindings, type Finding } from './finding.js';

const f = (branch: string, clause: string, rule: string, period: string, subject?: string, scope: 'branch' | 'organ' = 'branch'): Finding =>
  ({ branch, clause, rule, period, scope, ...(subject ? { subject: { kind: 'member', id: subject, name: subject } } : {}) }) as Finding;

describe('sortFindings', () => {
  it('orders as compareFindings does: branch by Chinese collation, clause (LIFE-10 after LIFE-9), rule, period, subject; organ last', () => {
    const list = [
      f('机关', 'ORG-1', 'ORG-1.units-covered', '2026-11-24', undefined, 'organ'),
      f('研究室党支部', 'LIFE-10', 'LIFE-10.x', '2026'),
      f('研究室党支部', 'LIFE-9', 'LIFE-9.appraisal', '2026'),
      f('办公厅第一党支部', 'MEM-4', 'MEM-4.talks', '2026', '王五'),
      f('办公厅第一党支部', 'MEM-4', 'MEM-4.talks', '2026', '李四'),
      f('办公厅第一党支部', 'ORG-2', 'ORG-2.committee-size', '2026-11-24'),
      f('办公厅第一党支部', 'LIFE-5', 'LIFE-5.monthly', '2026-02'),
      f('办公厅第一党支部', 'LIFE-5', 'LIFE-5.monthly', '2026-01'),
      f('法制工作委员会党支部', 'LED-1', 'LED-1.record-book-closed', '2026'),
    ];
    const expected = [...list].sort(compareFindings);
    expect(sortFindings([...list].reverse())).toEqual(expected);
    expect(sortFindings([...list])).toEqual(expected);
    expect(expected.map((x) => x.branch)[0]).toBe('办公厅第一党支部');
    expect(expected.at(-1)!.scope).toBe('organ');
  });
});
