import { inForce, isMemberOn, membersOn, type BranchFacts, type PersonFact } from '../check/facts.js';
import type { Month } from '../dues/facts.js';
import { addDays, addMonths, daysInMonth, type CalendarDate } from '../time/calendarDate.js';

/**
 * The 6-month watch (lapseWatch, MEM-3; domain-rules §0.4, R-DUES-8, R-DISP-3): for each 党员 of the branch, three
 * rolling counters of consecutive CLOSED months (a month is judged once it has ended) — no organizational life, no
 * dues paid, no assigned work done. At 3 months a warning, at 6 the member falls under R-DISP-3 and the branch must
 * act (talk, handling, R-DISP-4). Pure: it never changes anyone's status.
 */

export type LapseCounter = 'life' | 'dues' | 'work';
export const LAPSE_COUNTER_LABELS: Record<LapseCounter, string> = { life: '未参加组织生活', dues: '未交纳党费', work: '未完成党组织分配的工作' };
export const LAPSE_WARN_MONTHS = 3;
export const LAPSE_LIMIT_MONTHS = 6;
/** How far back a run is followed: the facts are loaded from 12 months before the checked year. */
export const LAPSE_LOOKBACK_MONTHS = 12;

export interface LapseRun {
  counter: LapseCounter;
  /** the months of the run, oldest first (consecutive, skipping for `life` the months the branch held nothing) */
  months: Month[];
  /** the run reaches back to the look-back limit: it may be longer */
  capped: boolean;
}

export interface MemberLapse {
  person: PersonFact;
  runs: Record<LapseCounter, LapseRun>;
  /** the longest run */
  worst: number;
}

export const monthOfDate = (d: CalendarDate): Month => d.slice(0, 7);
export const firstDayOf = (m: Month): CalendarDate => `${m}-01`;
export const lastDayOf = (m: Month): CalendarDate => `${m}-${String(daysInMonth(Number(m.slice(0, 4)), Number(m.slice(5, 7)))).padStart(2, '0')}`;
export const addMonthsTo = (m: Month, n: number): Month => monthOfDate(addMonths(firstDayOf(m), n));
/** `2026年3月`. */
export const monthCn = (m: Month): string => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;

/**
 * The last month judged on a date: the month before the date's month (a month has ended once its last day is past).
 * On a closed year's 31 December, December itself has ended (`dayEnded`).
 */
export function lastClosedMonth(on: CalendarDate, dayEnded = false): Month {
  return addMonthsTo(monthOfDate(dayEnded ? addDays(on, 1) : on), -1);
}

/** The months judged, newest first, from `last` back `n` months, not before `notBefore` (the records start). */
export function monthsBack(last: Month, n: number, notBefore: Month | null): Month[] {
  const out: Month[] = [];
  for (let i = 0; i < n; i++) {
    const m = addMonthsTo(last, -i);
    if (notBefore && m < notBefore) break;
    out.push(m);
  }
  return out;
}

/** A member of the branch and a 党员 on both the first and the last day of the month: only such months are judged. */
export function inScopeMonth(p: PersonFact, m: Month): boolean {
  return inScopeSpan(p, { first: firstDayOf(m), last: lastDayOf(m) });
}
function inScopeSpan(p: PersonFact, s: { first: CalendarDate; last: CalendarDate }): boolean {
  const on = (d: CalendarDate) => p.memberships.some((x) => inForce(x, d)) && isMemberOn(p, d);
  return on(s.first) && on(s.last);
}

export interface LapseIndex {
  life: Map<string, Set<Month>>;
  branchMonths: Set<Month>;
  paid: Map<string, Set<Month>>;
  /** months in which anyone of the branch has a payment recorded */
  duesMonths: Set<Month>;
  exempt: Map<string, { fromMonth: Month; toMonth: Month }[]>;
  work: Map<string, { dueOn: CalendarDate; doneOn: CalendarDate | null }[]>;
}

/** Indexes the branch's facts by person once (the rules then stay linear in the members). */
export function indexLapse(branch: BranchFacts): LapseIndex {
  const life = new Map<string, Set<Month>>();
  for (const l of branch.lapse.lifeMonths) {
    const had = life.get(l.personId);
    if (had) for (const m of l.months) had.add(m);
    else life.set(l.personId, new Set(l.months));
  }
  const paid = new Map<string, Set<Month>>();
  const duesMonths = new Set<Month>();
  for (const m of branch.dues.recordedMonths) duesMonths.add(m);
  for (const p of branch.dues.paidMonths) {
    const had = paid.get(p.personId);
    if (had) for (const m of p.months) had.add(m);
    else paid.set(p.personId, new Set(p.months));
  }
  const exempt = new Map<string, { fromMonth: Month; toMonth: Month }[]>();
  for (const r of branch.dues.reductions) {
    if (r.amountFen !== 0) continue;
    exempt.set(r.personId, [...(exempt.get(r.personId) ?? []), r]);
  }
  const work = new Map<string, { dueOn: CalendarDate; doneOn: CalendarDate | null }[]>();
  for (const w of branch.lapse.workAssignments) work.set(w.personId, [...(work.get(w.personId) ?? []), w]);
  return { life, branchMonths: new Set(branch.lapse.branchMonths), paid, duesMonths, exempt, work };
}

/** One month of one counter: `true` = counts against the member, `false` = breaks the run, `null` = skipped. */
function monthAgainst(ix: LapseIndex, personId: string, counter: LapseCounter, s: MonthSpan): boolean | null {
  const m = s.month;
  switch (counter) {
    case 'life':
      if (ix.life.get(personId)?.has(m)) return false;
      // A month in which the branch held no organizational life at all does not count against the member: it
      // neither counts nor breaks the run (it is a finding against the branch, MEM-3.branch-life-month).
      if (!ix.branchMonths.has(m)) return null;
      return true;
    case 'dues':
      // prepaid months count as paid: each month paid ahead has its own payment row; an exemption (0) counts as paid
      if (ix.paid.get(personId)?.has(m)) return false;
      if ((ix.exempt.get(personId) ?? []).some((e) => e.fromMonth <= m && e.toMonth >= m)) return false;
      // A month for which the branch has no payment recorded for anyone is a month whose dues were not kept in the
      // system (before the ledger started, or not yet entered): like a month without organizational life it neither
      // counts nor breaks the run, so an organ that has not begun its dues ledger does not see every member flagged.
      if (!ix.duesMonths.has(m)) return null;
      return true;
    case 'work': {
      const end = s.last;
      return (ix.work.get(personId) ?? []).some((w) => w.dueOn <= end && (w.doneOn === null || w.doneOn > end));
    }
  }
}

/** A judged month with its first and last day, computed once per branch. */
export interface MonthSpan {
  month: Month;
  first: CalendarDate;
  last: CalendarDate;
}
const spanOf = (m: Month): MonthSpan => ({ month: m, first: firstDayOf(m), last: lastDayOf(m) });

/**
 * A member's run of one counter: consecutive judged months ending with `months[0]` (newest first). A month outside
 * the member's membership of the branch (or before they were a 党员) ends the run. `scope` caches, per month index,
 * whether the member was in scope (1) or not (2), shared by the three counters.
 */
export function runOf(ix: LapseIndex, p: PersonFact, counter: LapseCounter, months: readonly MonthSpan[], lookback: number, scope: Uint8Array = new Uint8Array(months.length)): LapseRun {
  const run: Month[] = [];
  let ended = false;
  for (let i = 0; i < months.length; i++) {
    const s = months[i]!;
    if (scope[i] === 0) scope[i] = inScopeSpan(p, s) ? 1 : 2;
    if (scope[i] === 2) {
      ended = true;
      break;
    }
    const a = monthAgainst(ix, p.id, counter, s);
    if (a === null) continue;
    if (!a) {
      ended = true;
      break;
    }
    run.push(s.month);
  }
  return { counter, months: run.reverse(), capped: !ended && months.length >= lookback && run.length > 0 };
}

/**
 * The watch of a branch on a date: every 党员 of the branch on `on` with their three runs, judged on the months
 * closed by then (`dayEnded`: the date's own day counts as past, for a closed year's 31 December).
 * `recordsStartOn`: months before the organ's records start are not judged (no records, no finding).
 */
export function lapseWatch(branch: BranchFacts, on: CalendarDate, opts: { recordsStartOn?: CalendarDate; dayEnded?: boolean; index?: LapseIndex } = {}): MemberLapse[] {
  const ix = opts.index ?? indexLapse(branch);
  const last = lastClosedMonth(on, opts.dayEnded ?? false);
  const months = monthsBack(last, LAPSE_LOOKBACK_MONTHS, opts.recordsStartOn ? monthOfDate(opts.recordsStartOn) : null).map(spanOf);
  return membersOn(branch, on).map((p) => {
    const scope = new Uint8Array(months.length);
    const runs = {
      life: runOf(ix, p, 'life', months, LAPSE_LOOKBACK_MONTHS, scope),
      dues: runOf(ix, p, 'dues', months, LAPSE_LOOKBACK_MONTHS, scope),
      work: runOf(ix, p, 'work', months, LAPSE_LOOKBACK_MONTHS, scope),
    };
    return { person: p, runs, worst: Math.max(runs.life.months.length, runs.dues.months.length, runs.work.months.length) };
  });
}

export type LapseLevel = 'ok' | 'warning' | 'limit';
export const lapseLevel = (n: number): LapseLevel => (n >= LAPSE_LIMIT_MONTHS ? 'limit' : n >= LAPSE_WARN_MONTHS ? 'warning' : 'ok');

/** `连续6个月未交纳党费（2026年4月至2026年9月）`. */
export function runText(r: LapseRun): string {
  const n = r.months.length;
  const first = r.months[0];
  const last = r.months[n - 1];
  if (!first || !last) return '';
  const span = n === 1 ? monthCn(first) : `${monthCn(first)}至${monthCn(last)}`;
  return `${r.capped ? '至少' : ''}连续${n}个月${LAPSE_COUNTER_LABELS[r.counter]}（${span}）`;
}

/** R-DISP-4 in the words the branch reads on the watch (guidance, not an automatic step). */
export const LAPSE_PROCEDURE_TEXT =
  '党章第九条：党员无正当理由，连续六个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作，就被认为是自行脱党。' +
  '处置程序（《中国共产党党员教育管理工作条例》《不合格党员组织处置办法》）：支部委员会（不设委员会的由党员大会）提出处置意见，' +
  '事前向基层党委备案；调查核实、与本人谈话听取意见；支部党员大会讨论表决；报基层党委审批；将处置决定通知本人并存档。' +
  '连续未满六个月的，应及时谈话提醒、批评教育，必要时限期改正。系统只作提示，不会自动改变任何人的党籍状态。';
