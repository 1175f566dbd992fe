import { useState } from 'react';
import { App, Button, Result, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useMe } from '../../auth/MeContext';
import { errorMessage } from '../../../api/client';
import { downloadFile } from '../../../lib/files';
import { useApi } from '../../../lib/useApi';
import { useIsMobile } from '../../../lib/useIsMobile';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { matrixPath, matrixXlsxPath, type CheckMatrix, type MatrixRow } from '../api';
import { canSeeMatrix } from '../access';
import { countOf, PROBLEM_STATUSES } from '../labels';
import { useYear } from '../useYear';
import { CellDrawer, type CellTarget } from '../components/CellDrawer';
import { MatrixCards, rowCounts } from '../components/MatrixCards';
import { MatrixFilters, type MatrixFilterValues } from '../components/MatrixFilters';
import { MatrixLegend } from '../components/MatrixLegend';
import { MatrixTable } from '../components/MatrixTable';
import { OrganRow } from '../components/OrganRow';
import { YearSelect } from '../components/YearSelect';
import '../check.css';

/** 标准化体检 · 体检总览, for the organ admin and the assessors; others get a plain refusal. */
export default function CheckMatrixPage() {
  const me = useMe();
  if (!canSeeMatrix(me)) return <Result status="403" title="无权查看体检总览" subTitle="体检总览仅对机关党委管理员和考核人员开放。" />;
  return <MatrixView />;
}

function keep(r: MatrixRow, f: MatrixFilterValues): boolean {
  const q = f.search.trim();
  if (q && !r.branch.includes(q) && !r.shortName.includes(q)) return false;
  const counts = rowCounts(r);
  if (f.problemsOnly && !PROBLEM_STATUSES.some((s) => countOf(counts, s) > 0)) return false;
  return f.only === null || countOf(counts, f.only) > 0;
}

/** Branches × clauses, each cell coloured by its worst finding; a cell opens its findings. */
function MatrixView() {
  const me = useMe();
  const mobile = useIsMobile();
  const { message } = App.useApp();
  const [year, setYear] = useYear();
  const matrix = useApi<CheckMatrix>(matrixPath(year));
  const [filters, setFilters] = useState<MatrixFilterValues>({ search: '', problemsOnly: false, only: null });
  const [target, setTarget] = useState<CellTarget | null>(null);
  const [exporting, setExporting] = useState(false);
  const d = matrix.data;
  const rows = (d?.rows ?? []).filter((r) => keep(r, filters));
  const withUnmet = (d?.rows ?? []).filter((r) => countOf(rowCounts(r), 'unmet') > 0).length;
  const withDue = (d?.rows ?? []).filter((r) => countOf(rowCounts(r), 'dueSoon') > 0).length;

  const exportXlsx = async () => {
    setExporting(true);
    try {
      await downloadFile(matrixXlsxPath(year), `标准化体检总览-${year}.xlsx`);
    } catch (e) {
      void message.error(errorMessage(e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="check-page">
      <PageHeader
        title="标准化体检"
        sub={d ? `体检总览 · 截至 ${d.asOf}（${d.year}年）` : '体检总览'}
        extra={
          <>
            <YearSelect year={year} onChange={setYear} />
            <Button icon={<DownloadOutlined aria-hidden />} loading={exporting} onClick={() => void exportXlsx()}>
              导出 Excel
            </Button>
          </>
        }
      />
      <PageState loading={matrix.loading && !d} error={matrix.error} onRetry={matrix.reload}>
        {d && (
          <>
            <Typography.Paragraph className="check-overview">
              共 {d.rows.length} 个党支部：<span className="check-overview-bad">{withUnmet} 个有不符合项</span>，
              <span className="check-overview-due">{withDue} 个有即将到期事项</span>。
            </Typography.Paragraph>
            <MatrixFilters value={filters} onChange={setFilters} />
            {!mobile && <MatrixLegend />}
            {mobile ? (
              <MatrixCards rows={rows} year={year} />
            ) : (
              <MatrixTable clauses={d.clauses} rows={rows} only={filters.only} onOpen={setTarget} />
            )}
            {d.organRow && (
              <OrganRow organName={me.organ.name} organRow={d.organRow} clauses={d.clauses} only={filters.only} onOpen={setTarget} />
            )}
          </>
        )}
      </PageState>
      <CellDrawer target={target} year={year} asOf={d?.asOf ?? me.today} onClose={() => setTarget(null)} />
    </div>
  );
}
