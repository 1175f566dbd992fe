import { FINDING_STATUSES, type FindingStatus } from '@zhibu/domain';

export { FINDING_STATUSES, FINDING_STATUS_LABELS, RULE_SOURCE_LABELS, SEVERITY_LABELS, compareClauses } from '@zhibu/domain';
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

/** Short Chinese headings of the clauses of standard/clauses.md (the same as the server's matrix); an unknown id shows as itself. */
const CLAUSE_TITLES: Record<string, string> = {
  'ORG-1': '支部设置',
  'ORG-2': '支部委员会',
  'ORG-3': '选举与任期',
  'ORG-4': '党小组',
  'LIFE-1': '党员大会',
  'LIFE-2': '支委会',
  'LIFE-3': '党小组会',
  'LIFE-4': '党课',
  'LIFE-5': '主题党日',
  'LIFE-6': '工作报告',
  'LIFE-7': '组织生活会',
  'LIFE-8': '党员汇报',
  'LIFE-9': '民主评议',
  'MEM-1': '发展党员',
  'MEM-2': '教育党员',
  'MEM-3': '管理党员',
  'MEM-4': '监督党员',
  'MEM-5': '服务党员',
  'LED-1': '会议记录本',
  'LED-2': '组织管理档案',
  'LED-3': '党员管理档案',
  'LED-4': '组织生活档案',
  'LED-5': '集中教育档案',
  'LED-6': '创先争优档案',
  'LED-7': '经费保障档案',
  'LED-8': '党费证',
  'VEN-1': '党员活动室',
  'VEN-2': '宣传栏',
  'VEN-3': '微信群',
  'ROLE-1': '宣传党的主张',
  'ROLE-2': '贯彻党的决定',
  'ROLE-3': '领导基层治理',
  'ROLE-4': '团结动员群众',
  'ROLE-5': '推动改革发展',
  'REQ-1': '书记抓党建',
  'REQ-2': '保障条件',
  'REQ-3': '结合中心工作',
  'REQ-4': '检查考核',
};
export const clauseTitle = (clause: string): string => CLAUSE_TITLES[clause] ?? clause;

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
