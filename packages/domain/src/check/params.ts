import type { CalendarDate } from '../time/calendarDate.js';
import type { ParamValue } from './finding.js';

/**
 * Every number a rule uses, kept in one place (issue 4 §1), with the default the standard reads as
 * (standard/clauses.md). The organ admin may change a value from a date on; a period is judged by the values in
 * force at its end (contracts §2), so a change never rewrites a closed year.
 */
export interface ParamDef {
  key: string;
  label: string;
  /** what the value means, shown beside the field */
  help: string;
  kind: 'int' | 'bool' | 'enum' | 'intList';
  default: ParamValue;
  min?: number;
  max?: number;
  options?: readonly { value: string; label: string }[];
  clause: string;
}

export const PARAMS = [
  { key: 'org.minFullMembers', label: '成立支部的最少正式党员数', help: '支部正式党员少于此数为不符合', kind: 'int', default: 3, min: 1, max: 20, clause: 'ORG-1' },
  { key: 'org.maxMembersAdvisory', label: '支部党员人数一般上限', help: '“一般不超过”，超过只作提示', kind: 'int', default: 50, min: 10, max: 500, clause: 'ORG-1' },
  { key: 'org.committeeThreshold', label: '设支部委员会的党员人数', help: '达到此数（含）须设支部委员会；按原文“7人以上”不含7人时改为8', kind: 'int', default: 7, min: 3, max: 50, clause: 'ORG-2' },
  { key: 'org.committeeCountsFullOnly', label: '只计正式党员', help: '是：按正式党员计（全国支部工作条例）；否：按全部党员计（原文“党员人数”）', kind: 'bool', default: true, clause: 'ORG-2' },
  { key: 'org.committeeSizeMin', label: '支委会最少人数', help: '', kind: 'int', default: 3, min: 1, max: 9, clause: 'ORG-2' },
  { key: 'org.committeeSizeMax', label: '支委会最多人数', help: '本标准3—5人；全国条例一般不超过7人', kind: 'int', default: 5, min: 3, max: 9, clause: 'ORG-2' },
  { key: 'org.committeeSizeOdd', label: '支委会人数须为奇数', help: '本标准的规定，严于全国条例', kind: 'bool', default: true, clause: 'ORG-2' },
  { key: 'org.termWarnMonths', label: '任期届满提醒（提前月数）', help: '届满前按这些月数提醒，届满后每月提醒', kind: 'intList', default: '6,3,1', clause: 'ORG-3' },
  { key: 'org.vacancyFillDays', label: '空缺补选期限（天）', help: '职务空缺超过此天数未补选为不符合', kind: 'int', default: 90, min: 7, max: 365, clause: 'ORG-3' },
  { key: 'org.groupMinMembers', label: '党小组最少人数', help: '', kind: 'int', default: 3, min: 1, max: 20, clause: 'ORG-4' },
  { key: 'org.groupMinFullMembers', label: '党小组最少正式党员数', help: '', kind: 'int', default: 1, min: 0, max: 10, clause: 'ORG-4' },
  {
    key: 'life.partyLecturePeriod',
    label: '党课检查周期',
    help: '本标准每半年至少1次；机关党委可改为按季度检查',
    kind: 'enum',
    default: 'half',
    options: [
      { value: 'half', label: '每半年' },
      { value: 'quarter', label: '每季度' },
    ],
    clause: 'LIFE-4',
  },
  { key: 'life.themeDayMinMinutes', label: '主题党日最短时长（分钟）', help: '每次主题党日不少于1小时', kind: 'int', default: 60, min: 15, max: 480, clause: 'LIFE-5' },
  {
    key: 'life.rectificationDays',
    label: '组织生活会后建立整改台账期限（天）',
    help: '组织生活会后超过此天数仍未登记整改事项为不符合（地方做法，默认60天）',
    kind: 'int',
    default: 60,
    min: 7,
    max: 365,
    clause: 'LIFE-7',
  },
  {
    key: 'led.recordBookCloseMonths',
    label: '上年度会议记录本封存期限（月）',
    help: '上年度会议记录本须在次年1月起的此月数内封存移交；1即1月31日前',
    kind: 'int',
    default: 1,
    min: 1,
    max: 12,
    clause: 'LED-1',
  },
  {
    key: 'led.bindDeadlineMonths',
    label: '上年度档案合订期限（月）',
    help: '上年度各类档案（LED-2…LED-7）须在次年1月起的此月数内合订；默认3，即一季度末（3月31日）前',
    kind: 'int',
    default: 3,
    min: 1,
    max: 12,
    clause: 'LED-2',
  },
  {
    key: 'dues.roundingUnit',
    label: '党费计算取整单位',
    help: '按比例计算的月应交党费四舍五入到分、角或元（全国未作规定，默认到分）',
    kind: 'enum',
    default: 'fen',
    options: [
      { value: 'fen', label: '分' },
      { value: 'jiao', label: '角' },
      { value: 'yuan', label: '元' },
    ],
    clause: 'MEM-3',
  },
  { key: 'funds.branchShareRatio', label: '支部活动经费比例（%）', help: '机关党委按留存党费的此比例向各支部拨付活动经费（本市做法25%）', kind: 'int', default: 25, min: 0, max: 100, clause: 'LED-7' },
  {
    key: 'funds.basis',
    label: '活动经费计算基数',
    help: '按支部党员当年实际交纳的党费计算，或按应交党费计算',
    kind: 'enum',
    default: 'collected',
    options: [
      { value: 'collected', label: '实交党费' },
      { value: 'due', label: '应交党费' },
    ],
    clause: 'LED-7',
  },
  {
    key: 'dev.rules2026',
    label: '发展党员按2026年修订细则办理',
    help: '启用后，2026年5月18日起递交入党申请的发展档案按2026年修订细则（条文待核实）检查；未启用时一律按2014年细则',
    kind: 'bool',
    default: false,
    clause: 'MEM-1',
  },
  { key: 'window.month', label: '按月事项提前提醒（天）', help: '月末前多少天起显示“即将到期”', kind: 'int', default: 10, min: 0, max: 27, clause: '' },
  { key: 'window.quarter', label: '按季度事项提前提醒（天）', help: '', kind: 'int', default: 20, min: 0, max: 80, clause: '' },
  { key: 'window.half', label: '按半年事项提前提醒（天）', help: '', kind: 'int', default: 30, min: 0, max: 170, clause: '' },
  { key: 'window.year', label: '按年事项提前提醒（天）', help: '', kind: 'int', default: 60, min: 0, max: 360, clause: '' },
] as const satisfies readonly ParamDef[];

export type ParamKey = (typeof PARAMS)[number]['key'];
export const PARAM_DEFS: ReadonlyMap<string, ParamDef> = new Map(PARAMS.map((p) => [p.key, p as ParamDef]));

/** An organ's change of one parameter from a date on. */
export interface ParamOverride {
  key: string;
  value: ParamValue;
  effectiveFrom: CalendarDate;
}

/** The value of each parameter in force on a date: the latest change effective by then, else the default. */
export function paramsInForce(overrides: readonly ParamOverride[], date: CalendarDate): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const p of PARAMS) out[p.key] = p.default;
  const sorted = [...overrides].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
  for (const o of sorted) if (o.effectiveFrom <= date && PARAM_DEFS.has(o.key)) out[o.key] = o.value;
  return out;
}

/** Why a proposed value is refused (a Chinese message), or null when it is acceptable. */
export function checkParamValue(key: string, value: unknown): string | null {
  const def = PARAM_DEFS.get(key);
  if (!def) return `没有这个参数：${key}`;
  switch (def.kind) {
    case 'bool':
      return typeof value === 'boolean' ? null : `“${def.label}”应为是或否`;
    case 'int':
      if (typeof value !== 'number' || !Number.isInteger(value)) return `“${def.label}”应为整数`;
      if (def.min !== undefined && value < def.min) return `“${def.label}”不能小于${def.min}`;
      if (def.max !== undefined && value > def.max) return `“${def.label}”不能大于${def.max}`;
      return null;
    case 'enum':
      return typeof value === 'string' && def.options?.some((o) => o.value === value) ? null : `“${def.label}”的取值无效`;
    case 'intList':
      return typeof value === 'string' && /^\d{1,2}(,\d{1,2})*$/.test(value) ? null : `“${def.label}”应为用逗号分隔的月数，如 6,3,1`;
  }
}

/** `"6,3,1"` → `[6, 3, 1]` sorted from the earliest reminder. */
export function intList(v: ParamValue): number[] {
  return String(v)
    .split(',')
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0)
    .sort((a, b) => b - a);
}
