import { useState } from 'react';
import { Button, Card, Space } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useMe } from '../../auth/MeContext';
import { useApi } from '../../../lib/useApi';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { branchCheckPath, type BranchCheck } from '../api';
import { canSeeMatrix, canSubscribeCalendar } from '../access';
import { FINDING_STATUS_LABELS, type FindingStatus } from '../labels';
import { useYear } from '../useYear';
import { CalendarFeedButton } from '../components/CalendarFeedButton';
import { CheckCalendar } from '../components/CheckCalendar';
import { CheckLead } from '../components/CheckLead';
import { FindingGroups } from '../components/FindingGroups';
import { StatusSummary } from '../components/StatusSummary';
import { YearSelect } from '../components/YearSelect';
import '../check.css';

/** 标准化体检 of one branch: what is wrong and what to do first, then every clause, then the year's calendar. */
export default function BranchCheckPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const [year, setYear] = useYear();
  const check = useApi<BranchCheck>(branchCheckPath(id, year));
  const [filter, setFilter] = useState<FindingStatus | null>(null);
  const d = check.data;
  const findings = d ? (filter ? d.findings.filter((f) => f.status === filter) : d.findings) : [];

  return (
    <div className="check-page">
      <PageHeader
        title={
          <Space wrap size={4}>
            {canSeeMatrix(me) && (
              <Button type="text" icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate('/check')} aria-label="返回体检总览" />
            )}
            {d ? `${d.branch.shortName} 标准化体检` : '标准化体检'}
          </Space>
        }
        sub={d ? `截至 ${d.asOf}（${d.year}年）· ${d.branch.fullName}` : undefined}
        extra={
          <>
            <YearSelect
              year={year}
              onChange={(y) => {
                setFilter(null);
                setYear(y);
              }}
            />
            {d && canSubscribeCalendar(me, id) && <CalendarFeedButton branchId={id} branchName={d.branch.shortName} />}
          </>
        }
      />
      <PageState loading={check.loading && !d} error={check.error} onRetry={check.reload}>
        {d && (
          <>
            <CheckLead counts={d.counts} year={d.year} />
            <StatusSummary counts={d.counts} active={filter} onPick={setFilter} />
            {filter && (
              <div className="check-filter-note">
                只显示“{FINDING_STATUS_LABELS[filter]}”的 {findings.length} 项，
                <Button type="link" size="small" onClick={() => setFilter(null)}>
                  显示全部
                </Button>
              </div>
            )}
            <div className="check-body">
              <section className="check-main" aria-label="体检结果">
                <FindingGroups findings={findings} today={d.asOf} foldQuiet={filter === null} empty={filter ? '没有这种状态的事项' : '本年度还没有可判断的事项'} />
              </section>
              <aside className="check-side">
                <Card size="small" title={<h3 className="check-group-title">本年日历</h3>}>
                  <CheckCalendar items={d.calendar} today={d.asOf} />
                </Card>
              </aside>
            </div>
          </>
        )}
      </PageState>
    </div>
  );
}
