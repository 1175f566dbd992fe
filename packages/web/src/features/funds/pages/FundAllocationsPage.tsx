import { useState } from 'react';
import { Link } from 'react-router';
import { App, Button, Card, Space, Table, Tabs, Tag } from 'antd';
import { FUND_BASIS_LABELS } from '@zhibu/schemas';
import { errorMessage } from '../../../api/client';
import { useMe } from '../../auth/MeContext';
import { YearSelect } from '../../check/components/YearSelect';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { allocate, allocationsPath, organPlansPath, yuan, type AllocationProposal, type VenuePlan } from '../api';
import { VenuePlans } from '../components/VenuePlans';

type Row = AllocationProposal['items'][number];

/** The 机关党委's 活动经费拨付 (LED-7) for a dues year and its 场地经费计划 approvals (REQ-2). */
export default function FundAllocationsPage() {
  const me = useMe();
  const { message, modal } = App.useApp();
  // the dues year: by default last year's, allocated in this one
  const [year, setYear] = useState(Number(me.today.slice(0, 4)) - 1);
  const proposal = useApi<AllocationProposal>(allocationsPath(year));
  const plans = useApi<{ items: VenuePlan[] }>(organPlansPath());
  const p = proposal.data;

  const give = (r: Row) =>
    modal.confirm({
      title: `向${r.branch.name}拨付${year}年度活动经费`,
      content: `按${p?.ratioPercent}%拨付 ${yuan(r.proposedFen)} 元，拨付日期为今天（${me.today}）。每个支部每个党费年度只能拨付一次。`,
      okText: '拨付',
      onOk: async () => {
        try {
          await allocate({ branchId: r.branch.id, duesYear: year, occurredOn: me.today });
          void message.success('已拨付');
          proposal.reload();
        } catch (e) {
          void message.error(errorMessage(e));
          throw e;
        }
      },
    });

  return (
    <div className="lf-page">
      <PageHeader title="活动经费拨付" sub={`党费年度：${year}年`} extra={<YearSelect year={year} onChange={setYear} />} />
      <Tabs
        items={[
          {
            key: 'alloc',
            label: '按比例拨付',
            children: (
              <PageState loading={proposal.loading && !p} error={proposal.error} onRetry={proposal.reload}>
                {p && (
                  <Space orientation="vertical" size={12} style={{ width: '100%' }}>
                    <Card size="small">
                      按各支部党员{year}年<b>{FUND_BASIS_LABELS[p.basis]}</b>的 <b>{p.ratioPercent}%</b> 拨付活动经费（比例和计算基数可在“规则参数”中调整）。
                    </Card>
                    <Table<Row>
                      size="small"
                      rowKey={(r) => r.branch.id}
                      dataSource={p.items}
                      pagination={false}
                      scroll={{ x: 720 }}
                      columns={[
                        { title: '支部', key: 'b', render: (_, r) => <Link to={`/branches/${r.branch.id}/funds`}>{r.branch.name}</Link> },
                        { title: '实交党费（元）', key: 'c', align: 'right', render: (_, r) => yuan(r.collectedFen) },
                        { title: '应交党费（元）', key: 'd', align: 'right', render: (_, r) => yuan(r.dueFen) },
                        { title: '建议拨付（元）', key: 'p', align: 'right', render: (_, r) => yuan(r.proposedFen) },
                        {
                          title: '拨付',
                          key: 'a',
                          render: (_, r) =>
                            r.allocated ? (
                              <Tag color="green">
                                {r.allocated.occurredOn} 已拨 {yuan(r.allocated.amountFen)} 元
                              </Tag>
                            ) : (
                              <Button size="small" type="primary" disabled={r.proposedFen <= 0} onClick={() => give(r)}>
                                按比例拨付
                              </Button>
                            ),
                        },
                      ]}
                    />
                  </Space>
                )}
              </PageState>
            ),
          },
          {
            key: 'plans',
            label: '场地经费计划审批',
            children: (
              <PageState loading={plans.loading && !plans.data} error={plans.error} onRetry={plans.reload}>
                <VenuePlans plans={plans.data?.items ?? []} year={year} canSubmit={false} decide showBranch onChange={plans.reload} />
              </PageState>
            ),
          },
        ]}
      />
    </div>
  );
}
