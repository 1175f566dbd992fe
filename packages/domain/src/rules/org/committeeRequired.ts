import { committeeMembersOn, committeeOn, fullMembersOn, inForce, membersOn } from '../../check/facts.js';
import type { Evidence } from '../../check/finding.js';
import { defineRule } from '../../check/rule.js';
import { committeeEvidence, flag, memberEvidence, num } from './common.js';

/**
 * ORG-2: from the threshold (default ≥7 正式党员, the national reading of the standard's "超过7人") a 支部委员会 elected
 * by the 党员大会; below it, one 支部书记.
 */
export const committeeRequired = defineRule({
  id: 'ORG-2.committee-required',
  clause: 'ORG-2',
  scope: 'branch',
  title: '按党员人数设支部委员会或支部书记',
  basis:
    '党员人数超过7人的，设支部委员会。党员不足7人的，不设支部委员会，只设支部书记1人。（《中国共产党支部工作条例（试行）》第六章：有正式党员7人以上的党支部，应当设立党支部委员会；正式党员不足7人的党支部，设1名书记，必要时可以设1名副书记。）',
  source: 'standard',
  severity: 'violation',
  period: 'continuous',
  params: ['org.committeeThreshold', 'org.committeeCountsFullOnly'],
  evaluate(branch, params, ctx) {
    const d = ctx.judgeDate;
    const fullOnly = flag(params, 'org.committeeCountsFullOnly');
    const threshold = num(params, 'org.committeeThreshold');
    const counted = fullOnly ? '正式党员' : '党员';
    const count = (fullOnly ? fullMembersOn(branch, d) : membersOn(branch, d)).length;
    const evidence: Evidence[] = [{ kind: 'branch', id: branch.id, label: `${counted}${count}人`, date: d }];
    const c = committeeOn(branch, d);
    if (c) evidence.push(committeeEvidence(c));

    if (count >= threshold) {
      if (c?.kind === 'committee') {
        return [{ status: 'met', message: `${counted}${count}人，已设支部委员会。`, evidence }];
      }
      return [
        {
          status: 'unmet',
          message: `${counted}已有${count}人（达到${threshold}人），应由党员大会选举产生支部委员会，请筹备选举。`,
          evidence,
        },
      ];
    }

    // below the threshold: one 支部书记 is enough (a committee, where one exists, also has its 书记)
    const secretary = c
      ? committeeMembersOn(c, d).find((m) => m.role === 'secretary')
      : branch.committees.length === 0
        ? branch.posts.find((p) => p.role === 'secretary' && inForce(p, d))
        : undefined;
    if (secretary) {
      evidence.push(memberEvidence(secretary));
      return [{ status: 'met', message: `${counted}${count}人（不足${threshold}人），已设支部书记${secretary.name}。`, evidence }];
    }
    return [
      {
        status: 'unmet',
        message: `${counted}${count}人（不足${threshold}人）的支部应设支部书记1人，目前未设支部书记，请由党员大会选举产生或报机关党委指派。`,
        evidence,
      },
    ];
  },
});
