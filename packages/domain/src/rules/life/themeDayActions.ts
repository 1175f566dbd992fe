import type { BranchFacts, MeetingFact } from '../../check/facts.js';
import { defineRule } from '../../check/rule.js';
import { cnDate } from '../org/common.js';
import { meetingEvidence, meetingsIn, periodCn } from './common.js';

const ACTIONS = [
  ['recitedConstitution', '集体诵读党章'],
  ['studied', '组织集中学习'],
] as const;

/**
 * Whether a 党员 had the month paid by a day: a payment for the month made on or before it (paid ahead counts), or an
 * approved exemption (amount 0) covering the month. Indexed once per branch.
 */
type PaidBy = (personId: string, month: string, by: string) => boolean;
// the rule runs once per month of the year: the index is built once per branch's dues facts, not twelve times
const paidByCache = new WeakMap<BranchFacts['dues'], PaidBy>();

function duesPaidBy(branch: BranchFacts): PaidBy {
  const cached = paidByCache.get(branch.dues);
  if (cached) return cached;
  const paid = indexDuesPaid(branch);
  paidByCache.set(branch.dues, paid);
  return paid;
}

function indexDuesPaid(branch: BranchFacts): PaidBy {
  const paidOn = new Map<string, string>();
  for (const p of branch.dues.payments) {
    const k = `${p.personId}|${p.month}`;
    const prev = paidOn.get(k);
    if (!prev || p.paidOn < prev) paidOn.set(k, p.paidOn);
  }
  const exempt = new Map<string, { fromMonth: string; toMonth: string }[]>();
  for (const r of branch.dues.reductions) if (r.amountFen === 0) exempt.set(r.personId, [...(exempt.get(r.personId) ?? []), r]);
  return (personId, month, by) => {
    const d = paidOn.get(`${personId}|${month}`);
    if (d !== undefined && d <= by) return true;
    return (exempt.get(personId) ?? []).some((r) => r.fromMonth <= month && month <= r.toMonth);
  };
}

/** The derived 交纳当月党费 of one 主题党日: the 党员 present and how many had the month paid by the day. */
export function themeDayDues(m: MeetingFact, paid: (personId: string, month: string, by: string) => boolean): { present: number; paid: number; met: boolean } {
  const present = [...new Set(m.themeDay?.presentPersonIds ?? [])];
  const n = present.filter((id) => paid(id, m.heldOn.slice(0, 7), m.heldOn)).length;
  return { present: present.length, paid: n, met: present.length > 0 && n === present.length };
}

/**
 * LIFE-5: every 主题党日 includes 集体诵读党章, 组织集中学习 and 交纳当月党费 — the last derived from the month's recorded
 * payments: met when every 党员 present (not guests) had the month paid by the meeting day (issue 6 §5).
 */
export const themeDayActions = defineRule({
  id: 'LIFE-5.required-actions',
  clause: 'LIFE-5',
  scope: 'branch',
  title: '主题党日规定动作',
  basis: '主题党日每次都要集体诵读党章、组织集中学习、交纳当月党费。',
  source: 'standard',
  severity: 'violation',
  period: 'month',
  params: [],
  evaluate(branch, _params, ctx) {
    const days = meetingsIn(branch, 'themeDay', ctx);
    const when = periodCn(ctx.period);
    if (days.length === 0) {
      return [{ status: 'notApplicable', reason: '本月没有主题党日', message: `${when}没有主题党日记录，不检查规定动作。` }];
    }
    const evidence = days.map(meetingEvidence);
    const paid = duesPaidBy(branch);
    const dues = days.map((m) => themeDayDues(m, paid));
    const counts = days.map((m, i) => `${cnDate(m.heldOn)}出席党员${dues[i]!.present}人中${dues[i]!.paid}人已交本月党费`).join('；');
    const problems = days.flatMap((m, i) => {
      const missing: string[] = ACTIONS.filter(([k]) => m.themeDay?.[k] !== true).map(([, label]) => label);
      if (!dues[i]!.met) missing.push('交纳当月党费');
      return missing.length === 0 ? [] : [`${cnDate(m.heldOn)}的主题党日${missing.map((a) => `未${a}`).join('、')}`];
    });
    if (problems.length > 0) {
      return [{ status: 'unmet', message: `${problems.join('；')}（每次都要集体诵读党章、组织集中学习、交纳当月党费；${counts}）。`, evidence }];
    }
    return [{ status: 'met', message: `${when}的主题党日均已集体诵读党章、组织集中学习、交纳当月党费（${counts}）。`, evidence }];
  },
});
