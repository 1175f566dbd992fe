import { useParams } from 'react-router';
import { Card, Space } from 'antd';
import type { Branch } from '@zhibu/schemas';
import { useMe } from '../../auth/MeContext';
import { officerBranches } from '../../check/access';
import { YearSelect } from '../../check/components/YearSelect';
import { useYear } from '../../check/useYear';
import { isOrganAdmin } from '../../../lib/access';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { branchReportsPath, memberReportsPath, type BranchReport, type MemberReportStatus } from '../api';
import { BranchReportCard } from '../components/BranchReportCard';
import { MemberReportList } from '../components/MemberReportList';
import '../../lifeMeetings/life.css';

/** 工作报告: the branch's report to the 机关党委 and its year-end report to the 党员大会, and every member's 党员汇报. */
export default function ReportsPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const [year, setYear] = useYear();
  const branch = useApi<Branch>(`/api/branches/${id}`);
  const reports = useApi<{ items: BranchReport[] }>(branchReportsPath(id, year));
  const members = useApi<MemberReportStatus>(memberReportsPath(id, year));
  const canEdit = isOrganAdmin(me) || officerBranches(me).some((o) => o.branchId === id);
  const of = (k: BranchReport['kind']) => reports.data?.items.find((r) => r.kind === k);

  return (
    <div className="lf-page">
      <PageHeader title="工作报告" sub={branch.data ? `${branch.data.fullName} · ${year}年` : undefined} extra={<YearSelect year={year} onChange={setYear} />} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <PageState loading={reports.loading && !reports.data} error={reports.error} onRetry={reports.reload}>
          <div className="lf-cards">
            <BranchReportCard branchId={id} branchName={branch.data?.shortName} year={year} kind="toOrgan" report={of('toOrgan')} canCreate={canEdit} onChanged={reports.reload} />
            <BranchReportCard branchId={id} branchName={branch.data?.shortName} year={year} kind="toAssembly" report={of('toAssembly')} canCreate={canEdit} onChanged={reports.reload} />
          </div>
        </PageState>
        <Card size="small" title={`${year}年党员汇报`}>
          <PageState loading={members.loading && !members.data} error={members.error} onRetry={members.reload}>
            {members.data && <MemberReportList branchId={id} status={members.data} canEdit={canEdit} today={me.today} onChanged={members.reload} />}
          </PageState>
        </Card>
      </Space>
    </div>
  );
}
