import { FINDING_STATUSES, type FindingStatus } from '@zhibu/domain';

export { FINDING_STATUSES, FINDING_STATUS_LABELS, RULE_SOURCE_LABELS, SEVERITY_LABELS, clauseTitle, compareClauses } from '@zhibu/domain';
export type { FindingStatus };

/** antd tag colours of the finding statuses: red for what is wrong, green for met, grey for what does not apply. */
export const STATUS_COLORS: Record<FindingStatus, string> = {
  unmet: 'red',
  missingData: 'volcano',
  dueSoon: 'gold',
  pending: 'blue',
  met: 'green',
  notApplicable: 'default',
};

/** Statuses that ask someone to act (shown first, counted as "有问题"). */
export const PROBLEM_STATUSES: readonly FindingStatus[] = ['unmet', 'missingData', 'dueSoon'];

const RANK = new Map<FindingStatus, number>(FINDING_STATUSES.map((s, i) => [s, i]));
/** Worst first (contracts §2 order of badness). */
export const statusRank = (s: FindingStatus): number => RANK.get(s) ?? FINDING_STATUSES.length;

/** How often a rule is judged. */
export const RULE_PERIOD_LABELS: Record<string, string> = {
  year: '每年',
  half: '每半年',
  quarter: '每季度',
  month: '每月',
  continuous: '持续',
};

const QUARTERS = ['', '第一季度', '第二季度', '第三季度', '第四季度'];

/** A period key of contracts §2 in words: `2026-H1` → `2026年上半年`, `2026-05-31` → `截至2026-05-31`. */
export function formatPeriod(period: string): string {
  let m: RegExpExecArray | null;
  if (/^\d{4}$/.test(period)) return `${period}年`;
  if ((m = /^(\d{4})-H([12])$/.exec(period))) return `${m[1]}年${m[2] === '1' ? '上' : '下'}半年`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(period))) return `${m[1]}年${QUARTERS[Number(m[2])]}`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(period))) return `${m[1]}年${Number(m[2])}月`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return `截至${period}`;
  return period;
}

const dayNumber = (date: string): number => Math.round(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000);

/** Whole days from `today` to `due` (negative when past), both calendar dates. */
export const daysUntil = (due: string, today: string): number => dayNumber(due) - dayNumber(today);

/** `今天到期`, `3天后到期`, `已逾期5天`, judged against the server's today. */
export function dueText(due: string, today: string): string {
  const n = daysUntil(due, today);
  if (n === 0) return '今天到期';
  return n > 0 ? `${n}天后到期` : `已逾期${-n}天`;
}

/** The count of a status in a (possibly partial) count record. */
export const countOf = (counts: Partial<Record<FindingStatus, number>> | undefined, s: FindingStatus): number => counts?.[s] ?? 0;
