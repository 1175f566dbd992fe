import { fullMembersOn } from '../../check/facts.js';
import { defineRule } from '../../check/rule.js';
import { num } from './common.js';

/** ORG-1: a branch needs at least 3 正式党员 (counted at the judge date; probationary members count from confirmation). */
export const minFullMembers = defineRule({
  id: 'ORG-1.min-full-members',
  clause: 'ORG-1',
  scope: 'branch',
  title: '正式党员不少于3人',
  basis: '机关党支部以委室或科室为单元设置。正式党员3人以上的应成立党支部；也可以按工作性质相近、便于开展党的活动的原则联合建立党支部。',
  source: 'standard',
  severity: 'violation',
  period: 'continuous',
  params: ['org.minFullMembers'],
  evaluate(branch, params, ctx) {
    const min = num(params, 'org.minFullMembers');
    const count = fullMembersOn(branch, ctx.judgeDate).length;
    const evidence = [{ kind: 'branch' as const, id: branch.id, label: `正式党员${count}人`, date: ctx.judgeDate }];
    if (count >= min) {
      return [{ status: 'met', message: `支部现有正式党员${count}人，达到成立党支部所需的${min}人。`, evidence }];
    }
    return [
      {
        status: 'unmet',
        message: `支部现有正式党员${count}人，少于${min}人，请补足正式党员或与工作性质相近的支部联合建立党支部。`,
        evidence,
      },
    ];
  },
});
