import { daysBetween, type CalendarDate } from '../time/calendarDate.js';
import { begunPeriodsOfYear, type Period } from '../time/periods.js';
import { sortFindings, type Finding, type ParamValue } from './finding.js';
import { branchActiveOn, type CheckFacts, type Exemption } from './facts.js';
import { paramsInForce } from './params.js';
import type { Rule, RuleContext, Verdict } from './rule.js';

export interface CheckOptions {
  /** the year reported (contracts §2: every period of it begun by the as-of date) */
  year: number;
  asOf: CalendarDate;
  /** only these branch ids (organ-level rules are then left out) */
  branchIds?: readonly string[];
  /** only these rules */
  ruleIds?: readonly string[];
}

const WINDOW_KEY = { month: 'window.month', quarter: 'window.quarter', half: 'window.half', year: 'window.year' } as const;

/** The periods a rule is judged for in the year asked (contracts §2). */
export function periodsFor(rule: Pick<Rule, 'period'>, year: number, asOf: CalendarDate): Period[] {
  if (rule.period === 'continuous') {
    const asOfYear = Number(asOf.slice(0, 4));
    if (year > asOfYear) return [];
    const d = year < asOfYear ? `${year}-12-31` : asOf;
    return [{ kind: 'year', key: d, start: d, end: d }];
  }
  return begunPeriodsOfYear(rule.period, year, asOf);
}

function contextFor(rule: Rule, period: Period, asOf: CalendarDate, params: Record<string, ParamValue>, recordsStartOn: CalendarDate): RuleContext {
  const closed = period.end < asOf;
  const judgeDate = closed ? period.end : asOf;
  // one answer per rule and period, computed once: per-member rules ask it for every member of the organ
  let open: 'unmet' | 'dueSoon' | 'pending' | undefined;
  return {
    asOf,
    period,
    judgeDate,
    closed,
    recordsStartOn,
    openStatus() {
      if (open) return open;
      if (rule.period === 'continuous' || closed) open = 'unmet';
      else open = daysBetween(asOf, period.end) < Number(params[WINDOW_KEY[rule.period]] ?? 0) ? 'dueSoon' : 'pending';
      return open;
    },
  };
}

function exemptionFor(exemptions: readonly Exemption[], branchId: string, ruleId: string, period: Period): Exemption | undefined {
  return exemptions.find((e) => e.branchId === branchId && e.rule === ruleId && e.fromOn <= period.end && e.toOn >= period.end);
}

/**
 * The standards check: every rule over every branch and every period of the year begun by the as-of date.
 * Pure: the same facts give the same findings, so closed periods can always be recomputed (issue 4 §2).
 */
export function runCheck(facts: CheckFacts, rules: readonly Rule[], opts: CheckOptions): Finding[] {
  const out: Finding[] = [];
  const branches = facts.branches.filter((b) => !opts.branchIds || opts.branchIds.includes(b.id));
  const selected = rules.filter((r) => !opts.ruleIds || opts.ruleIds.includes(r.id));
  for (const rule of selected) {
    if (rule.scope === 'organ' && opts.branchIds) continue;
    for (const period of periodsFor(rule, opts.year, opts.asOf)) {
      const params = paramsInForce(facts.overrides, period.end);
      const used: Record<string, ParamValue> = {};
      for (const k of rule.params) used[k] = params[k] as ParamValue;
      const ctx = contextFor(rule, period, opts.asOf, params, facts.organ.recordsStartOn);
      const base = { rule: rule.id, clause: rule.clause, source: rule.source, severity: rule.severity, period: period.key, params: used };
      const beforeStart = period.end < facts.organ.recordsStartOn;
      if (rule.scope === 'organ') {
        const verdicts: Verdict[] = beforeStart
          ? [{ status: 'notApplicable', reason: '该期间在本系统启用日期之前', message: '该期间在本系统启用日期之前，不作判断。' }]
          : rule.evaluate(facts, params, ctx);
        for (const v of verdicts) out.push(toFinding(v, base, facts.organ.name, facts.organ.id, 'organ'));
        continue;
      }
      for (const b of branches) {
        if (!branchActiveOn(b, ctx.judgeDate) && !branchActiveOn(b, period.start)) continue;
        let verdicts: Verdict[];
        const ex = exemptionFor(facts.exemptions, b.id, rule.id, period);
        if (beforeStart) {
          verdicts = [{ status: 'notApplicable', reason: '该期间在本系统启用日期之前', message: '该期间在本系统启用日期之前，不作判断。' }];
        } else if (ex) {
          verdicts = [{ status: 'notApplicable', reason: `机关党委豁免：${ex.reason}`, message: `机关党委已豁免本项（${ex.fromOn}至${ex.toOn}）：${ex.reason}` }];
        } else {
          verdicts = rule.evaluate(b, params, ctx);
        }
        for (const v of verdicts) out.push(toFinding(v, base, b.fullName, b.id, 'branch'));
      }
    }
  }
  return sortFindings(out);
}

function toFinding(
  v: Verdict,
  base: Pick<Finding, 'rule' | 'clause' | 'source' | 'severity' | 'period' | 'params'>,
  branch: string,
  branchId: string,
  scope: Finding['scope'],
): Finding {
  const f: Finding = { branch, branchId, scope, ...base, status: v.status, message: v.message, evidence: v.evidence ?? [] };
  if (v.reason !== undefined) f.reason = v.reason;
  if (v.subject) f.subject = v.subject;
  if (v.due) f.due = v.due;
  if (v.reminders?.length) f.reminders = v.reminders;
  return f;
}
