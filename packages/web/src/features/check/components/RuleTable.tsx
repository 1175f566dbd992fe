import { Table, Tag, Tooltip } from 'antd';
import { PARAM_DEFS } from '@zhibu/domain';
import type { RuleInfo } from '../api';
import { clauseTitle, compareClauses, RULE_PERIOD_LABELS, RULE_SOURCE_LABELS, SEVERITY_LABELS } from '../labels';

const SOURCE_COLORS = { standard: 'red', national: 'blue', organ: 'purple' } as const;

/** Every rule of the check: id, clause, title (its basis on hover), where it comes from, how hard, how often. */
export function RuleTable({ rules }: { rules: RuleInfo[] }) {
  const sorted = [...rules].sort((a, b) => compareClauses(a.clause, b.clause) || a.id.localeCompare(b.id));
  return (
    <Table<RuleInfo>
      rowKey="id"
      size="small"
      dataSource={sorted}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: '暂无规则' }}
      columns={[
        { title: '规则', dataIndex: 'id', render: (id: string) => <code className="check-rule-id">{id}</code> },
        { title: '条款', dataIndex: 'clause', render: (c: string) => `${c} ${clauseTitle(c)}` },
        {
          title: '内容',
          dataIndex: 'title',
          render: (t: string, r) => (
            <Tooltip title={r.basis ? `依据：${r.basis}` : undefined}>
              <span className="check-rule-title">{t}</span>
            </Tooltip>
          ),
        },
        { title: '来源', dataIndex: 'source', render: (s: RuleInfo['source']) => <Tag color={SOURCE_COLORS[s]}>{RULE_SOURCE_LABELS[s]}</Tag> },
        {
          title: '要求',
          dataIndex: 'severity',
          render: (s: RuleInfo['severity']) => <Tag color={s === 'violation' ? 'default' : 'gold'}>{SEVERITY_LABELS[s]}</Tag>,
        },
        { title: '周期', dataIndex: 'period', render: (p: string) => RULE_PERIOD_LABELS[p] ?? p },
        { title: '范围', dataIndex: 'scope', render: (s: RuleInfo['scope']) => (s === 'organ' ? '机关党委' : '党支部') },
        {
          title: '参数',
          dataIndex: 'params',
          render: (ps: string[]) => (ps.length ? ps.map((k) => PARAM_DEFS.get(k)?.label ?? k).join('；') : '—'),
        },
      ]}
    />
  );
}
