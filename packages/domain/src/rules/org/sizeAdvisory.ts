import { fullMembersOn, membersOn } from '../../check/facts.js';
import { defineRule } from '../../check/rule.js';
import { num } from './common.js';

/**
 * ORG-1 (national, advisory): a branch generally has no more than 50 党员 (正式 + 预备). The standard does not state
 * the limit; 支部工作条例 (ch. 2) does, so the finding only warns.
 */
export const sizeAdvisory = defineRule({
  id: 'ORG-1.size-advisory',
  clause: 'ORG-1',
  scope: 'branch',
  title: '支部党员一般不超过50人',
  basis: '《中国共产党支部工作条例（试行）》第二章：党支部党员人数一般不超过50人。',
  source: 'national',
  severity: 'advisory',
  period: 'continuous',
  params: ['org.maxMembersAdvisory'],
  evaluate(branch, params, ctx) {
    const max = num(params, 'org.maxMembersAdvisory');
    const members = membersOn(branch, ctx.judgeDate).length;
    const full = fullMembersOn(branch, ctx.judgeDate).length;
    const evidence = [{ kind: 'branch' as const, id: branch.id, label: `党员${members}人（正式党员${full}人）`, date: ctx.judgeDate }];
    if (members <= max) return [{ status: 'met', message: `支部现有党员${members}人，未超过一般上限${max}人。`, evidence }];
    return [
      {
        status: 'unmet',
        message: `支部现有党员${members}人，超过一般不超过${max}人的要求，请考虑分设党支部或成立党总支。`,
        evidence,
      },
    ];
  },
});
