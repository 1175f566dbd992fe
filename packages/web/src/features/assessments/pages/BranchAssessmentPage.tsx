import { Navigate, useParams } from 'react-router';
import { Empty } from 'antd';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { useApi } from '../../../lib/useApi';
import { assessmentsPath, sheetPage, type AssessmentCard, type AssessmentList } from '../api';

/** The assessment a branch works on now: the latest open one, else the latest published one. */
export function currentAssessment(items: AssessmentCard[]): AssessmentCard | undefined {
  const byYear = [...items].sort((a, b) => b.year - a.year);
  return byYear.find((a) => a.status === 'open') ?? byYear.find((a) => a.status === 'published');
}

/** A branch's 检查考核 from the menu: its score sheet of the current assessment. */
export default function BranchAssessmentPage() {
  const { id = '' } = useParams();
  const list = useApi<AssessmentList>(assessmentsPath);
  const current = list.data ? currentAssessment(list.data.items) : undefined;
  if (current) return <Navigate to={sheetPage(current.id, id)} replace />;
  return (
    <div className="as-page">
      <PageHeader title="检查考核" />
      <PageState loading={list.loading && !list.data} error={list.error} onRetry={list.reload}>
        <Empty description="本年度考核尚未开始。机关党委开始考核后，可在这里填写自评、查看评分和结果。" />
      </PageState>
    </div>
  );
}
