import { Card, Empty, Table, Tag } from 'antd';
import type { AccountRow, IssuedPassword } from '@zhibu/schemas';
import { ORGAN_ROLE_LABELS } from '../../../lib/labels';
import { formatDateTime } from '../../../lib/dates';
import { AccountActions } from './AccountActions';
import { AccountStatus } from './AccountStatus';

interface Props {
  rows: AccountRow[];
  loading: boolean;
  mobile: boolean;
  selfId: string;
  canUnlock: boolean;
  onIssued: (p: IssuedPassword) => void;
  onChanged: () => void;
}

const roles = (a: AccountRow) =>
  a.organRoles.length ? a.organRoles.map((r) => <Tag key={r} color="red">{ORGAN_ROLE_LABELS[r]}</Tag>) : null;

/** Accounts as a table, or as cards on a phone. */
export function AccountList({ rows, loading, mobile, selfId, canUnlock, onIssued, onChanged }: Props) {
  const actions = (a: AccountRow) => <AccountActions account={a} self={a.id === selfId} canUnlock={canUnlock} onIssued={onIssued} onChanged={onChanged} />;
  if (mobile) {
    if (!loading && rows.length === 0) return <Empty description="暂无账号" />;
    return (
      <div className="account-cards">
        {rows.map((a) => (
          <Card key={a.id} size="small" title={a.person?.name ?? a.username} extra={<AccountStatus a={a} />} loading={loading}>
            <div className="account-card-line">用户名：{a.username}</div>
            <div className="account-card-line">最近登录：{formatDateTime(a.lastLoginAt)}</div>
            {roles(a) && <div className="account-card-line">{roles(a)}</div>}
            <div style={{ marginTop: 8 }}>{actions(a)}</div>
          </Card>
        ))}
      </div>
    );
  }
  return (
    <Table<AccountRow>
      rowKey="id"
      size="middle"
      className="nowrap-table"
      loading={loading}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 50, showTotal: (t) => `共 ${t} 个账号`, hideOnSinglePage: true }}
      locale={{ emptyText: '暂无账号' }}
      columns={[
        { title: '姓名', dataIndex: ['person', 'name'], render: (n?: string) => n ?? '（未关联党员）' },
        { title: '用户名', dataIndex: 'username' },
        { title: '角色', key: 'roles', render: (_, a) => roles(a) ?? '—' },
        { title: '状态', key: 'status', render: (_, a) => <AccountStatus a={a} /> },
        { title: '最近登录', dataIndex: 'lastLoginAt', render: (t: string | null) => formatDateTime(t) },
        { title: '操作', key: 'actions', render: (_, a) => actions(a) },
      ]}
    />
  );
}
