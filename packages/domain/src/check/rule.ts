import type { CalendarDate } from '../time/calendarDate.js';
import type { Period, PeriodKind } from '../time/periods.js';
import type { Evidence, FindingStatus, FindingSubject, ParamValue, RuleScope, RuleSource, Severity } from './finding.js';
import type { BranchFacts, CheckFacts } from './facts.js';
import type { ParamKey } from './params.js';

/** `continuous` rules are judged on one date (the as-of date, or 31 December of a past year). */
export type RulePeriod = PeriodKind | 'continuous';

export interface RuleContext {
  asOf: CalendarDate;
  period: Period;
  /** the date facts are read at: the period's end, or the as-of date while it is open */
  judgeDate: CalendarDate;
  /** the period has ended before the as-of date */
  closed: boolean;
  /** the organ's records start date: a rule reading an earlier period's records (LED-1) judges nothing before it */
  recordsStartOn: CalendarDate;
  /**
   * The status of a periodic duty not yet done: `unmet` once the period has closed, `dueSoon` inside the
   * warning window of its kind, otherwise `pending`.
   */
  openStatus(): FindingStatus;
}

/** What a rule decides about one branch (or the organ) in one period, for one subject or the whole. */
export interface Verdict {
  status: FindingStatus;
  message: string;
  evidence?: Evidence[];
  subject?: FindingSubject;
  reason?: string;
  due?: CalendarDate;
  /** dates to be reminded on before (and after) `due`, for the calendar and the ICS feed */
  reminders?: CalendarDate[];
}

interface RuleBase {
  /** `<clause>.<kebab-name>` */
  id: string;
  clause: string;
  /** short Chinese title */
  title: string;
  /** the clause text (or national rule) it implements, quoted for the reader */
  basis: string;
  source: RuleSource;
  severity: Severity;
  period: RulePeriod;
  /** the parameters it reads (PARAMS keys), carried on every finding */
  params: readonly ParamKey[];
}

export interface BranchRule extends RuleBase {
  scope: 'branch';
  evaluate(branch: BranchFacts, params: Readonly<Record<string, ParamValue>>, ctx: RuleContext): Verdict[];
}

export interface OrganRule extends RuleBase {
  scope: 'organ';
  evaluate(facts: CheckFacts, params: Readonly<Record<string, ParamValue>>, ctx: RuleContext): Verdict[];
}

export type Rule = BranchRule | OrganRule;

/** Identity, for type inference and one place to hang checks on rule definitions. */
export function defineRule<R extends Rule>(rule: R): R {
  if (!/^(ORG|LIFE|MEM|LED|VEN|ROLE|REQ)-\d+\.[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id) || !rule.id.startsWith(`${rule.clause}.`)) {
    throw new Error(`rule id ${rule.id} must be <clause>.<kebab-name> of clause ${rule.clause}`);
  }
  return rule;
}

export type { RuleScope };
