import { defineRule, type BranchRule } from '../../check/rule.js';
import { atLeastOne, meetingsIn } from './common.js';

const NAMES = { half: '半年', quarter: '季度' } as const;

/**
 * LIFE-4: a 党课 at least once a period. The period is a parameter (`life.partyLecturePeriod`), but the engine's
 * periods come from the rule, so there is one rule per period: the one not selected is notApplicable.
 */
export function lectureRule(period: 'half' | 'quarter'): BranchRule {
  const other = period === 'half' ? 'quarter' : 'half';
  return defineRule({
    id: period === 'half' ? 'LIFE-4.half-yearly' : 'LIFE-4.quarterly',
    clause: 'LIFE-4',
    scope: 'branch',
    title: period === 'half' ? '每半年上党课' : '每季度上党课',
    basis: '党课每半年至少上1次，根据需要可以随时上。',
    source: period === 'half' ? 'standard' : 'organ',
    severity: 'violation',
    period,
    params: ['life.partyLecturePeriod', period === 'half' ? 'window.half' : 'window.quarter'],
    evaluate(branch, params, ctx) {
      if (params['life.partyLecturePeriod'] === other) {
        const reason = `机关党委设定党课按${NAMES[other]}检查`;
        return [{ status: 'notApplicable', reason, message: `${reason}，不按${NAMES[period]}检查。` }];
      }
      return [atLeastOne(meetingsIn(branch, 'partyLecture', ctx), '党课', ctx, {}, '上')];
    },
  });
}
