import { branchActiveOn } from '../../check/facts.js';
import type { Evidence } from '../../check/finding.js';
import { defineRule, type Verdict } from '../../check/rule.js';
import { joinCn } from './common.js';

/** ORG-1 (organ): every 委室/科室 is covered by a branch active at the judge date (alone or in a joint branch). */
export const unitsCovered = defineRule({
  id: 'ORG-1.units-covered',
  clause: 'ORG-1',
  scope: 'organ',
  title: '每个委室（科室）都设有党支部',
  basis: '机关党支部以委室或科室为单元设置。正式党员3人以上的应成立党支部；也可以按工作性质相近、便于开展党的活动的原则联合建立党支部。',
  source: 'standard',
  severity: 'violation',
  period: 'continuous',
  params: [],
  evaluate(facts, _params, ctx) {
    if (facts.units.length === 0) {
      return [{ status: 'notApplicable', reason: '未录入委室（科室）', message: '机关尚未录入委室（科室），无法判断支部设置是否覆盖各单位，请先录入委室（科室）。' }];
    }
    const active = new Map(facts.branches.filter((b) => branchActiveOn(b, ctx.judgeDate)).map((b) => [b.id, b]));
    const out: Verdict[] = [];
    const covered: Evidence[] = [];
    for (const u of facts.units) {
      const by = u.branchIds.flatMap((id) => active.get(id) ?? []);
      if (by.length > 0) {
        covered.push({ kind: 'unit', id: u.id, label: `${u.name}：${joinCn(by.map((b) => b.fullName))}`, date: null });
        continue;
      }
      out.push({
        status: 'unmet',
        subject: { kind: 'unit', id: u.id, name: u.name },
        message: `${u.name}没有设立党支部，请单独建立党支部或将其纳入工作性质相近的联合党支部。`,
        evidence: [{ kind: 'unit', id: u.id, label: `${u.name}（无在设党支部）`, date: null }],
      });
    }
    if (out.length > 0) return out;
    return [{ status: 'met', message: `机关${facts.units.length}个委室（科室）均已设立党支部。`, evidence: covered }];
  },
});
