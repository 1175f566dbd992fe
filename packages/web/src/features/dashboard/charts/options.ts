import { COVERAGE_STATUS_LABELS, type CoverageStatus } from '@zhibu/domain';
import type { Dashboard } from '../api';
import type { EChartsCoreOption } from './echarts';

/** The dashboard's chart options, built from the API's series; `dark` for the 大屏. Pure: no React, no ECharts import. */

export const monthLabel = (m: string) => `${Number(m.slice(5, 7))}月`;
export const pct = (r: number | null | undefined) => (r === null || r === undefined ? null : Math.round(r * 1000) / 10);
export const pctText = (r: number | null | undefined) => (r === null || r === undefined ? '—' : `${(Math.round(r * 1000) / 10).toFixed(1)}%`);
export const yuan = (fen: number) => (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The coverage stack, best first; notApplicable cells are not drawn (the shares are of the cells that apply). */
const STACK: readonly CoverageStatus[] = ['met', 'pending', 'dueSoon', 'advisory', 'missingData', 'unmet'];
const STACK_COLORS: Record<CoverageStatus, string> = {
  met: '#52c41a',
  pending: '#1677ff',
  dueSoon: '#faad14',
  advisory: '#9254de',
  missingData: '#8c8c8c',
  unmet: '#f5222d',
  notApplicable: '#d9d9d9',
};

function base(dark: boolean) {
  const text = dark ? '#d6e4ff' : '#595959';
  const line = dark ? 'rgba(214,228,255,0.15)' : '#f0f0f0';
  return {
    text,
    line,
    common: {
      backgroundColor: 'transparent',
      textStyle: { color: text, fontSize: dark ? 14 : 12 },
      tooltip: { trigger: 'axis', confine: true },
      legend: { top: 0, textStyle: { color: text }, type: 'scroll' },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    },
    xAxis: (data: string[]) => ({ type: 'category', data, axisLabel: { color: text }, axisLine: { lineStyle: { color: line } } }),
    valueAxis: (extra: Record<string, unknown> = {}) => ({ type: 'value', axisLabel: { color: text }, splitLine: { lineStyle: { color: line } }, ...extra }),
  };
}

export function coverageOption(d: Dashboard, dark = false): EChartsCoreOption {
  const b = base(dark);
  const months = d.months.map((m) => monthLabel(m.month));
  return {
    ...b.common,
    tooltip: { ...b.common.tooltip, valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '—') },
    xAxis: b.xAxis(months),
    yAxis: b.valueAxis({ max: 100, axisLabel: { color: b.text, formatter: '{value}%' } }),
    series: STACK.map((s) => ({
      name: COVERAGE_STATUS_LABELS[s],
      type: 'bar',
      stack: 'coverage',
      barMaxWidth: 28,
      itemStyle: { color: STACK_COLORS[s] },
      data: d.months.map((m) => (m.coverage.applicable ? Math.round((m.coverage.counts[s] / m.coverage.applicable) * 1000) / 10 : null)),
    })),
  };
}

export function meetingsOption(d: Dashboard, dark = false): EChartsCoreOption {
  const b = base(dark);
  return {
    ...b.common,
    xAxis: b.xAxis(d.months.map((m) => monthLabel(m.month))),
    yAxis: b.valueAxis({ minInterval: 1 }),
    series: [
      { name: '应开', type: 'bar', barMaxWidth: 18, itemStyle: { color: dark ? '#597ef7' : '#adc6ff' }, data: d.months.map((m) => m.meetings.due) },
      { name: '已召开', type: 'bar', barMaxWidth: 18, itemStyle: { color: '#c8102e' }, data: d.months.map((m) => m.meetings.held) },
      { name: '按期完成', type: 'line', itemStyle: { color: '#52c41a' }, data: d.months.map((m) => m.meetings.met) },
    ],
  };
}

export function attendanceOption(d: Dashboard, dark = false): EChartsCoreOption {
  const b = base(dark);
  const leave = (m: Dashboard['months'][number]) => (m.attendance.expected ? Math.round((m.attendance.onLeave / m.attendance.expected) * 1000) / 10 : null);
  return {
    ...b.common,
    tooltip: { ...b.common.tooltip, valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '无会议') },
    xAxis: b.xAxis(d.months.map((m) => monthLabel(m.month))),
    yAxis: b.valueAxis({ max: 100, axisLabel: { color: b.text, formatter: '{value}%' } }),
    series: [
      { name: '出勤率', type: 'line', connectNulls: false, itemStyle: { color: '#c8102e' }, areaStyle: { opacity: 0.08 }, data: d.months.map((m) => pct(m.attendance.rate)) },
      { name: '请假占比', type: 'line', connectNulls: false, itemStyle: { color: '#faad14' }, data: d.months.map(leave) },
    ],
  };
}

export function duesOption(d: Dashboard, dark = false): EChartsCoreOption {
  const b = base(dark);
  return {
    ...b.common,
    xAxis: b.xAxis(d.months.map((m) => monthLabel(m.month))),
    yAxis: [b.valueAxis({ name: '元', nameTextStyle: { color: b.text } }), b.valueAxis({ max: 100, splitLine: { show: false }, axisLabel: { color: b.text, formatter: '{value}%' } })],
    series: [
      { name: '收缴金额（元）', type: 'bar', barMaxWidth: 24, itemStyle: { color: dark ? '#ff7875' : '#ffa39e' }, data: d.months.map((m) => m.dues.amountFen / 100) },
      { name: '收缴率', type: 'line', yAxisIndex: 1, itemStyle: { color: '#c8102e' }, data: d.months.map((m) => pct(m.dues.rate)) },
    ],
  };
}

export function pipelineOption(d: Dashboard, dark = false): EChartsCoreOption {
  const b = base(dark);
  const stages = [...d.pipeline].reverse();
  return {
    ...b.common,
    legend: undefined,
    // room on the right for the count printed after the longest bar
    grid: { ...b.common.grid, top: 8, right: 28 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    xAxis: b.valueAxis({ minInterval: 1 }),
    yAxis: { type: 'category', data: stages.map((s) => s.label), axisLabel: { color: b.text }, axisLine: { lineStyle: { color: b.line } } },
    series: [{ name: '人数', type: 'bar', barMaxWidth: 26, itemStyle: { color: '#c8102e' }, label: { show: true, position: 'right', color: b.text }, data: stages.map((s) => s.count) }],
  };
}

export function assessmentOption(d: Dashboard, dark = false): EChartsCoreOption {
  const b = base(dark);
  return {
    ...b.common,
    legend: undefined,
    xAxis: b.xAxis(d.assessment.map((a) => `${a.year}年`)),
    yAxis: b.valueAxis(),
    series: [{ name: '考核得分', type: 'bar', barMaxWidth: 32, itemStyle: { color: '#c8102e' }, label: { show: true, position: 'top', color: b.text }, data: d.assessment.map((a) => a.total) }],
  };
}

/** The organ's branches by coverage now, best at the top (the 大屏). */
export function branchesOption(d: Dashboard, dark = false): EChartsCoreOption {
  const b = base(dark);
  const rows = [...d.branches].sort((x, y) => (x.coverageRate ?? -1) - (y.coverageRate ?? -1));
  return {
    ...b.common,
    legend: undefined,
    grid: { ...b.common.grid, top: 8 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, valueFormatter: (v: unknown) => (typeof v === 'number' ? `${v}%` : '—') },
    xAxis: b.valueAxis({ max: 100, axisLabel: { color: b.text, formatter: '{value}%' } }),
    yAxis: { type: 'category', data: rows.map((r) => r.shortName), axisLabel: { color: b.text, width: 150, overflow: 'truncate' }, axisLine: { lineStyle: { color: b.line } } },
    series: [{ name: '标准覆盖率', type: 'bar', barMaxWidth: 18, itemStyle: { color: '#ffd666' }, label: { show: true, position: 'right', color: b.text, formatter: '{c}%' }, data: rows.map((r) => pct(r.coverageRate)) }],
  };
}

/** The year's headline figures: coverage now, 三会一课 held/due, attendance and dues over the year. */
export function headline(d: Dashboard) {
  const last = d.months.at(-1);
  const sum = (f: (m: Dashboard['months'][number]) => number) => d.months.reduce((n, m) => n + f(m), 0);
  const expected = sum((m) => m.attendance.expected);
  const liable = sum((m) => m.dues.liable);
  return {
    coverage: last?.coverage.rate ?? null,
    held: sum((m) => m.meetings.held),
    due: sum((m) => m.meetings.due),
    met: sum((m) => m.meetings.met),
    attendance: expected ? sum((m) => m.attendance.present) / expected : null,
    dues: liable ? sum((m) => m.dues.settled) / liable : null,
    duesFen: sum((m) => m.dues.amountFen),
    pipeline: d.pipeline.reduce((n, s) => n + s.count, 0),
  };
}
