import { Drawer, Empty } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useApi } from '../../../lib/useApi';
import { PageState } from '../../../lib/PageState';
import { useIsMobile } from '../../../lib/useIsMobile';
import { branchCheckPath, type BranchCheck, type Finding } from '../api';
import { clauseTitle, statusRank } from '../labels';
import { FindingItem } from './FindingItem';

/** The cell a click opened: one branch (or the organ row, whose findings come with the matrix) and one clause. */
export interface CellTarget {
  branchId: string | null;
  branch: string;
  clause: string;
  /** the organ row's findings; a branch's are fetched */
  findings?: Finding[];
}

function FindingList({ findings, today }: { findings: Finding[]; today: string }) {
  if (findings.length === 0) return <Empty description="这一条款没有体检结果" />;
  const sorted = [...findings].sort((a, b) => statusRank(a.status) - statusRank(b.status));
  return (
    <ul className="check-findings" aria-label="体检结果">
      {sorted.map((f, i) => (
        <FindingItem key={`${f.rule}-${f.period}-${f.subject?.id ?? ''}-${i}`} finding={f} today={today} />
      ))}
    </ul>
  );
}

function BranchFindings({ branchId, clause, year }: { branchId: string; clause: string; year: number }) {
  const check = useApi<BranchCheck>(branchCheckPath(branchId, year));
  const d = check.data;
  return (
    <PageState loading={check.loading} error={check.error} onRetry={check.reload}>
      {d && <FindingList findings={d.findings.filter((f) => f.clause === clause)} today={d.asOf} />}
    </PageState>
  );
}

/** A cell of the 体检总览 opened: that branch's findings for that clause, and the way to its whole 体检. */
export function CellDrawer({ target, year, asOf, onClose }: { target: CellTarget | null; year: number; asOf: string; onClose: () => void }) {
  const mobile = useIsMobile();
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      placement="right"
      size={mobile ? '100%' : 640}
      title={target ? `${target.branch} · ${target.clause} ${clauseTitle(target.clause)}` : ''}
      destroyOnHidden
      extra={
        target?.branchId && (
          <Link to={`/branches/${target.branchId}/check?year=${year}`} className="check-drawer-link">
            查看本支部体检 <RightOutlined aria-hidden />
          </Link>
        )
      }
    >
      {target &&
        (target.branchId ? (
          <BranchFindings branchId={target.branchId} clause={target.clause} year={year} />
        ) : (
          <FindingList findings={(target.findings ?? []).filter((f) => f.clause === target.clause)} today={asOf} />
        ))}
    </Drawer>
  );
}
