import { Button, Card, Table, Tag, Typography } from 'antd';
import { useIsMobile } from '../../../lib/useIsMobile';
import type { ParamInfo } from '../api';
import { clauseTitle } from '../labels';
import { formatParam, futureChanges } from '../params';

/** The changes of one parameter, newest first. */
function ChangeHistory({ p }: { p: ParamInfo }) {
  const sorted = [...p.changes].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  return (
    <ul className="check-param-history" aria-label={`${p.label}的变更记录`}>
      {sorted.map((c) => (
        <li key={c.id}>
          {c.effectiveFrom} 起为 <strong>{formatParam(p.key, c.value)}</strong>
          {c.reason ? <span className="muted">（{c.reason}）</span> : null}
        </li>
      ))}
      <li className="muted">此前为默认值 {formatParam(p.key, p.default)}</li>
    </ul>
  );
}

/** The value in force, marked when it differs from the default, with changes still to come. */
function CurrentValue({ p, today }: { p: ParamInfo; today: string }) {
  return (
    <span className="tag-wrap">
      <strong>{formatParam(p.key, p.value)}</strong>
      {p.value !== p.default && <Tag color="orange">已调整</Tag>}
      {futureChanges(p, today).map((c) => (
        <Tag key={c.id} color="blue">
          {c.effectiveFrom} 起 {formatParam(p.key, c.value)}
        </Tag>
      ))}
    </span>
  );
}

const editButton = (p: ParamInfo, onEdit: (p: ParamInfo) => void) => (
  <Button size="small" onClick={() => onEdit(p)} aria-label={`修改${p.label}`}>
    修改
  </Button>
);

/** On a phone: one card per parameter. */
function ParamCards({ params, today, onEdit }: { params: ParamInfo[]; today: string; onEdit: (p: ParamInfo) => void }) {
  return (
    <ul className="check-cards" aria-label="规则参数">
      {params.map((p) => (
        <li key={p.key}>
          <Card size="small" title={<span className="check-param-card-title">{p.label}</span>} extra={editButton(p, onEdit)}>
            {p.help && <div className="check-param-help muted">{p.help}</div>}
            <div className="check-param-card-line">
              现行值：<CurrentValue p={p} today={today} />
            </div>
            <div className="check-param-card-line muted">
              默认值 {formatParam(p.key, p.default)} · {p.clause ? `${p.clause} ${clauseTitle(p.clause)}` : '通用'}
            </div>
            {p.changes.length > 0 && <ChangeHistory p={p} />}
          </Card>
        </li>
      ))}
    </ul>
  );
}

/** Rule parameters: the value in force today, the default, upcoming changes and the history; 修改 opens the form. */
export function ParamTable({ params, today, onEdit }: { params: ParamInfo[]; today: string; onEdit: (p: ParamInfo) => void }) {
  const mobile = useIsMobile();
  if (mobile) return <ParamCards params={params} today={today} onEdit={onEdit} />;
  return (
    <Table<ParamInfo>
      rowKey="key"
      size="small"
      dataSource={params}
      pagination={false}
      scroll={{ x: 'max-content' }}
      expandable={
        params.some((p) => p.changes.length > 0)
          ? { rowExpandable: (p) => p.changes.length > 0, expandedRowRender: (p) => <ChangeHistory p={p} /> }
          : undefined
      }
      columns={[
        {
          title: '参数',
          key: 'label',
          render: (_, p) => (
            <div className="check-param-label">
              <span>{p.label}</span>
              {p.help && <Typography.Text type="secondary" className="check-param-help">{p.help}</Typography.Text>}
            </div>
          ),
        },
        { title: '条款', dataIndex: 'clause', render: (c: string) => (c ? `${c} ${clauseTitle(c)}` : '通用') },
        {
          title: '现行值',
          key: 'value',
          render: (_, p) => <CurrentValue p={p} today={today} />,
        },
        { title: '默认值', key: 'default', render: (_, p) => formatParam(p.key, p.default) },
        { title: '变更', key: 'changes', render: (_, p) => (p.changes.length ? `${p.changes.length} 次` : '—') },
        {
          title: '操作',
          key: 'actions',
          render: (_, p) => editButton(p, onEdit),
        },
      ]}
    />
  );
}
