import { useNavigate, useParams } from 'react-router';
import { Button } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMe } from '../../auth/MeContext';
import { YearSelect } from '../../check/components/YearSelect';
import { useYear } from '../../check/useYear';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { dashboardPath, type Dashboard } from '../api';
import { canSeeOrganDashboard, dashboardBranches, withYear } from '../access';
import { isOrganAdmin } from '../../../lib/access';
import { DashboardCharts } from '../components/DashboardCharts';

/** 工作看板 of one branch (its 支委, the 机关党委, assessors): each chart opens the branch's records behind it. */
export default function BranchDashboardPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const [year, setYear] = useYear();
  const d = useApi<Dashboard>(dashboardPath(year, id));
  const go = (path: string) => void navigate(withYear(path, year, me));
  const b = `/branches/${id}`;
  const records = isOrganAdmin(me) || dashboardBranches(me).some((o) => o.branchId === id);
  return (
    <div className="lf-page">
      <PageHeader
        title="工作看板"
        sub={d.data?.branch ? `${d.data.branch.fullName} · ${year}年 · 数据截至${d.data.asOf}${d.data.refreshing ? ' · 往月覆盖情况正在按最新记录重算，稍后刷新可见' : ''}` : `${year}年`}
        extra={
          <>
            <YearSelect year={year} onChange={setYear} />
            {canSeeOrganDashboard(me) && (
              <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => go('/dashboard')}>
                全机关看板
              </Button>
            )}
          </>
        }
      />
      <PageState loading={d.loading && !d.data} error={d.error} onRetry={d.reload}>
        {d.data && (
          <DashboardCharts
            data={d.data}
            links={{
              coverage: () => go(`${b}/check`),
              meetings: () => go(`${b}/meetings`),
              assessment: () => go(`${b}/assessment`),
              // dues and 发展 files: the 机关党委 and the branch's 支委 (contracts §4); an assessor sees the figures only
              ...(records ? { dues: () => go(`${b}/dues`), development: () => go(`${b}/developments`) } : {}),
            }}
          />
        )}
      </PageState>
    </div>
  );
}
