import { useState } from 'react';
import { useParams } from 'react-router';
import { Button, Card, Descriptions, Space, Statistic, Table, Tabs, Tag } from 'antd';
import { PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import { FUND_USE_LABELS, type Branch } from '@zhibu/schemas';
import { YearSelect } from '../../check/components/YearSelect';
import { useYear } from '../../check/useYear';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { fundsPath, venuePlansPath, yuan, type FundEntry, type FundLedger, type VenuePlan } from '../api';
import { ExpenseModal } from '../components/ExpenseModal';
import { VenuePlans } from '../components/VenuePlans';

/** 活动经费 of a branch (LED-7): balance, the ledger with reports and receipts, and its venue plans (REQ-2). */
export default function FundsPage() {
  const { id = '' } = useParams();
  const [year, setYear] = useYear();
  const branch = useApi<Branch>(`/api/branches/${id}`);
  const ledger = useApi<FundLedger>(fundsPath(id, year));
  const plans = useApi<{ items: VenuePlan[] }>(venuePlansPath(id));
  const [adding, setAdding] = useState(false);
  const l = ledger.data;
  const write = !!l?.abilities.write;

  return (
    <div className="lf-page">
      <PageHeader
        title="活动经费"
        sub={branch.data ? `${branch.data.fullName} · ${year}年` : undefined}
        extra={
          <>
            <YearSelect year={year} onChange={setYear} />
            {write && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
                登记支出
              </Button>
            )}
          </>
        }
      />
      <PageState loading={ledger.loading && !l} error={ledger.error} onRetry={ledger.reload}>
        {l && (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small">
              <Space wrap size={32}>
                <Statistic title="当前结余（元）" value={yuan(l.currentBalanceFen)} />
                <Statistic title={`${year}年初结余`} value={yuan(l.openingFen)} />
                <Statistic title={`${year}年拨入`} value={yuan(l.inFen)} />
                <Statistic title={`${year}年支出`} value={yuan(l.outFen)} />
                <Statistic title={`${year}年末结余`} value={yuan(l.balanceFen)} />
              </Space>
            </Card>
            <Tabs
              items={[
                { key: 'ledger', label: '经费台账', children: <Ledger entries={l.entries} /> },
                {
                  key: 'plans',
                  label: '场地经费计划',
                  children: <VenuePlans plans={plans.data?.items ?? []} branchId={id} year={year} canSubmit={write} decide={false} onChange={plans.reload} />,
                },
              ]}
            />
          </Space>
        )}
      </PageState>
      {l && (
        <ExpenseModal
          branchId={id}
          balanceFen={l.currentBalanceFen}
          plans={plans.data?.items ?? []}
          open={adding}
          onClose={() => setAdding(false)}
          onSaved={() => {
            setAdding(false);
            ledger.reload();
            plans.reload();
          }}
        />
      )}
    </div>
  );
}

function Ledger({ entries }: { entries: FundEntry[] }) {
  return (
    <Table<FundEntry>
      size="small"
      rowKey="id"
      dataSource={entries}
      pagination={false}
      scroll={{ x: 720 }}
      locale={{ emptyText: '本年度没有经费收支' }}
      expandable={{
        rowExpandable: (e) => e.kind === 'expense',
        expandedRowRender: (e) => (
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="活动书面报告">{e.activityReport}</Descriptions.Item>
            {e.meeting && <Descriptions.Item label="关联会议">{e.meeting.label}</Descriptions.Item>}
            {e.venuePlan && <Descriptions.Item label="场地经费计划">{e.venuePlan.title}</Descriptions.Item>}
            <Descriptions.Item label="票据">
              <Space wrap>
                {e.receipts.map((r) => (
                  <a key={r.id} href={`/api/attachments/${r.id}/content`} target="_blank" rel="noreferrer">
                    <PaperClipOutlined aria-hidden /> {r.fileName}
                  </a>
                ))}
              </Space>
            </Descriptions.Item>
          </Descriptions>
        ),
      }}
      columns={[
        { title: '日期', dataIndex: 'occurredOn', width: 110 },
        { title: '事项', dataIndex: 'title' },
        { title: '用途', key: 'use', render: (_, e) => (e.kind === 'allocation' ? <Tag color="green">拨入</Tag> : e.useCategory ? FUND_USE_LABELS[e.useCategory] : '') },
        { title: '收入（元）', key: 'in', align: 'right', render: (_, e) => (e.kind === 'allocation' ? yuan(e.amountFen) : '') },
        { title: '支出（元）', key: 'out', align: 'right', render: (_, e) => (e.kind === 'expense' ? yuan(e.amountFen) : '') },
        { title: '结余（元）', key: 'bal', align: 'right', render: (_, e) => yuan(e.balanceFen) },
        { title: '票据', key: 'r', render: (_, e) => (e.kind === 'expense' ? `${e.receipts.length} 张` : '') },
      ]}
    />
  );
}
