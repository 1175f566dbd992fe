import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router';
import { Button, Card, Empty, List, Modal, Table, Typography } from 'antd';
import { FullscreenOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import { useMe } from '../../auth/MeContext';
import { isOrganAdmin } from '../../../lib/access';
import { YearSelect } from '../../check/components/YearSelect';
import { useYear } from '../../check/useYear';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { dashboardPath, type Dashboard, type DashboardBranchRow } from '../api';
import { canSeeOrganDashboard, dashboardBranches, withYear } from '../access';
import { DashboardCharts } from '../components/DashboardCharts';
import { monthLabel, pctText } from '../charts/options';

const byRate = (k: 'coverageRate' | 'attendanceRate' | 'duesRate') => (a: DashboardBranchRow, b: DashboardBranchRow) => (a[k] ?? -1) - (b[k] ?? -1);

/**
 * 工作看板 of the organ (the 机关党委, assessors): the year's charts over every branch, each clickable through to the
 * records, and one sortable row per branch. A branch's 支委 land on their own branch's dashboard.
 */
export default function DashboardPage() {
  const me = useMe();
  const organ = canSeeOrganDashboard(me);
  const own = dashboardBranches(me);
  if (!organ && own[0]) return <Navigate to={`/branches/${own[0].branchId}/dashboard`} replace />;
  if (!organ) {
    return (
      <div className="lf-page">
        <PageHeader title="工作看板" />
        <Empty description="工作看板供机关党委、考核人员和支部委员查看。您本人的情况请在“我的”中查看。" />
      </div>
    );
  }
  return <OrganDashboard />;
}

function OrganDashboard() {
  const me = useMe();
  const navigate = useNavigate();
  const [year, setYear] = useYear();
  const d = useApi<Dashboard>(dashboardPath(year));
  const [choose, setChoose] = useState<{ page: 'meetings'; month: string } | null>(null);
  const go = (path: string) => void navigate(withYear(path, year, me));
  const rows = d.data?.branches ?? [];

  const columns: ColumnsType<DashboardBranchRow> = [
    { title: '党支部', dataIndex: 'shortName', key: 'name', fixed: 'left', width: 150, sorter: (a, b) => a.shortName.localeCompare(b.shortName, 'zh-Hans-CN'), render: (v: string) => <Typography.Link>{v}</Typography.Link> },
    { title: '标准覆盖率', key: 'coverage', width: 110, sorter: byRate('coverageRate'), render: (_, r) => pctText(r.coverageRate) },
    { title: '不符合条款', dataIndex: 'unmet', key: 'unmet', width: 110, sorter: (a, b) => a.unmet - b.unmet },
    { title: '三会一课 已开/应开', key: 'meetings', width: 150, sorter: (a, b) => a.meetingsHeld - b.meetingsHeld, render: (_, r) => `${r.meetingsHeld} / ${r.meetingsDue}` },
    { title: '按期完成', key: 'met', width: 100, sorter: (a, b) => (a.meetingsDue ? a.meetingsMet / a.meetingsDue : -1) - (b.meetingsDue ? b.meetingsMet / b.meetingsDue : -1), render: (_, r) => `${r.meetingsMet} / ${r.meetingsDue}` },
    { title: '出勤率', key: 'attendance', width: 90, sorter: byRate('attendanceRate'), render: (_, r) => pctText(r.attendanceRate) },
    { title: '党费收缴率', key: 'dues', width: 110, sorter: byRate('duesRate'), render: (_, r) => pctText(r.duesRate) },
  ];

  return (
    <div className="lf-page">
      <PageHeader
        title="工作看板"
        sub={d.data ? `${d.data.organName} · ${year}年 · 数据截至${d.data.asOf}${d.data.refreshing ? ' · 往月覆盖情况正在按最新记录重算，稍后刷新可见' : ''}` : `${year}年`}
        extra={
          <>
            <YearSelect year={year} onChange={setYear} />
            <Button icon={<FullscreenOutlined aria-hidden />} onClick={() => go('/dashboard/screen')}>
              大屏模式
            </Button>
          </>
        }
      />
      <PageState loading={d.loading && !d.data} error={d.error} onRetry={d.reload}>
        {d.data && (
          <>
            <DashboardCharts
              data={d.data}
              links={{
                coverage: () => go('/check'),
                meetings: (month) => setChoose({ page: 'meetings', month }),
                assessment: () => go('/assessments'),
                // the records behind these two are the 机关党委's (contracts §4): an assessor sees the figures only
                ...(isOrganAdmin(me) ? { dues: () => go('/dues'), development: () => go('/developments') } : {}),
              }}
            />
            <Card size="small" title="各支部情况" style={{ marginTop: 12 }} extra={<Typography.Text type="secondary" style={{ fontSize: 12 }}>点击表头排序，点击支部查看其看板</Typography.Text>}>
              <Table<DashboardBranchRow>
                rowKey="branchId"
                size="small"
                columns={columns}
                dataSource={rows}
                pagination={false}
                scroll={{ x: 820 }}
                locale={{ emptyText: <Empty description="尚未建立党支部：请先在“组织架构”中建立党支部" /> }}
                onRow={(r) => ({ onClick: () => go(`/branches/${r.branchId}/dashboard`), style: { cursor: 'pointer' } })}
              />
            </Card>
          </>
        )}
      </PageState>
      <Modal open={!!choose} title={choose ? `${year}年${monthLabel(choose.month)}：选择党支部查看会议` : ''} footer={null} onCancel={() => setChoose(null)}>
        <List
          dataSource={rows}
          locale={{ emptyText: '暂无党支部' }}
          renderItem={(r) => (
            <List.Item style={{ cursor: 'pointer' }} onClick={() => go(`/branches/${r.branchId}/meetings`)} extra={`全年已开 ${r.meetingsHeld} / 应开 ${r.meetingsDue}`}>
              <Typography.Link>{r.fullName}</Typography.Link>
            </List.Item>
          )}
        />
      </Modal>
    </div>
  );
}
