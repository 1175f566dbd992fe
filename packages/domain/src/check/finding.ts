import type { CalendarDate } from '../time/calendarDate.js';

/** Finding statuses of contracts §2, in the order of how bad they are (worst first). */
export const FINDING_STATUSES = ['unmet', 'missingData', 'dueSoon', 'pending', 'met', 'notApplicable'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export const FINDING_STATUS_LABELS: Record<FindingStatus, string> = {
  unmet: '不符合',
  dueSoon: '即将到期',
  pending: '进行中',
  met: '符合',
  missingData: '缺少数据',
  notApplicable: '不适用',
};

export type RuleSource = 'standard' | 'national' | 'organ';
export const RULE_SOURCE_LABELS: Record<RuleSource, string> = { standard: '本标准', national: '国家规定', organ: '机关党委' };
export type Severity = 'violation' | 'advisory';
export const SEVERITY_LABELS: Record<Severity, string> = { violation: '必须', advisory: '提示' };
export type RuleScope = 'branch' | 'organ';

export interface FindingSubject {
  kind: 'group' | 'member' | 'committee' | 'vacancy' | 'unit' | 'election';
  id: string;
  name: string;
}

export interface Evidence {
  kind:
    | 'member'
    | 'committee'
    | 'election'
    | 'group'
    | 'vacancy'
    | 'extension'
    | 'unit'
    | 'branch'
    | 'meeting'
    // issue 5: the records of LIFE-6..9, MEM-4 and LED-1
    | 'report'
    | 'appraisal'
    | 'talk'
    | 'rectification'
    | 'recordBook'
    // issue 7: 信息台账
    | 'archiveBinding'
    | 'fundEntry';
  id: string;
  label: string;
  date: CalendarDate | null;
}

/** One finding per (branch, rule, period[, subject]) — the shape of contracts §2. */
export interface Finding {
  branch: string;
  /** internal: the branch's id (or the organ's for organ-level rules); not part of the printed contract */
  branchId: string;
  scope: RuleScope;
  rule: string;
  clause: string;
  source: RuleSource;
  reason?: string;
  status: FindingStatus;
  severity: Severity;
  period: string;
  subject?: FindingSubject;
  message: string;
  evidence: Evidence[];
  params: Record<string, ParamValue>;
  /** internal: the date by which the thing is due (for 待办, the calendar and the ICS feed) */
  due?: CalendarDate;
  /** internal: reminder dates before (and after) `due` (a term's 6, 3 and 1 months, then monthly) */
  reminders?: CalendarDate[];
}

export type ParamValue = number | boolean | string;

const RANK: Record<FindingStatus, number> = Object.fromEntries(FINDING_STATUSES.map((s, i) => [s, i])) as Record<
  FindingStatus,
  number
>;

/** The worst of some statuses (for the matrix colour); `null` when there are none. */
export function worstStatus(statuses: Iterable<FindingStatus>): FindingStatus | null {
  let worst: FindingStatus | null = null;
  for (const s of statuses) if (worst === null || RANK[s] < RANK[worst]) worst = s;
  return worst;
}

// One collator for every comparison: `localeCompare` with a locale builds one per call, which dominated sorting an
// organ's hundred thousand findings.
const byName = new Intl.Collator('zh-Hans-CN').compare;

/** Contracts §2 order: branch, clause, rule, period, subject. Clause ids sort by prefix then number. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.scope === 'organ' ? 1 : 0, b.scope === 'organ' ? 1 : 0) ||
    byName(a.branch, b.branch) ||
    compareClauses(a.clause, b.clause) ||
    cmp(a.rule, b.rule) ||
    cmp(a.period, b.period) ||
    cmp(a.subject?.name ?? '', b.subject?.name ?? '')
  );
}

/**
 * Sorts findings in the order of `compareFindings`, fast: the collator runs once per branch name and the clause
 * order once per clause, not in every comparison (a whole organ has hundreds of thousands of findings).
 */
export function sortFindings(findings: Finding[]): Finding[] {
  const branchRank = new Map([...new Set(findings.map((f) => f.branch))].sort(byName).map((name, i) => [name, i]));
  const clauseRank = new Map([...new Set(findings.map((f) => f.clause))].sort(compareClauses).map((c, i) => [c, i]));
  const key = (f: Finding) => (f.scope === 'organ' ? 1 : 0) * 1e9 + branchRank.get(f.branch)! * 1e3 + clauseRank.get(f.clause)!;
  // bucket by (scope, branch, clause) first, then sort each small bucket: a large organ's 340,000 findings sort in a
  // third of the comparisons (Array.prototype.sort is stable, so equal findings keep their order either way)
  const buckets = new Map<number, Finding[]>();
  for (const f of findings) {
    const k = key(f);
    const b = buckets.get(k);
    if (b) b.push(f);
    else buckets.set(k, [f]);
  }
  const out: Finding[] = [];
  for (const k of [...buckets.keys()].sort((a, b) => a - b)) {
    const b = buckets.get(k)!;
    if (b.length > 1) b.sort((x, y) => cmp(x.rule, y.rule) || cmp(x.period, y.period) || cmp(x.subject?.name ?? '', y.subject?.name ?? ''));
    for (const f of b) out.push(f);
  }
  return out;
}

const CLAUSE_ORDER = ['ORG', 'LIFE', 'MEM', 'LED', 'VEN', 'ROLE', 'REQ'];
export function compareClauses(a: string, b: string): number {
  const [pa, na] = a.split('-');
  const [pb, nb] = b.split('-');
  return cmp(CLAUSE_ORDER.indexOf(pa ?? ''), CLAUSE_ORDER.indexOf(pb ?? '')) || cmp(Number(na), Number(nb));
}

function cmp<T extends string | number>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The fields contracts §2 prints (`zhibu check --json`), in its order; internal fields dropped. */
export function contractFinding(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    branch: f.branch,
    scope: f.scope,
    rule: f.rule,
    clause: f.clause,
    source: f.source,
  };
  if (f.reason !== undefined) out.reason = f.reason;
  out.status = f.status;
  out.severity = f.severity;
  out.period = f.period;
  if (f.subject) out.subject = f.subject;
  out.message = f.message;
  out.evidence = f.evidence;
  out.params = f.params;
  return out;
}
