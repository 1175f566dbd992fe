import { Tag } from 'antd';
import { BRANCH_REPORT_STATUS_LABELS } from '@zhibu/schemas';
import type { BranchReport } from '../api';

const COLOR = { draft: 'default', submitted: 'processing', received: 'green', returned: 'red' } as const;

export function ReportStatusTag({ r }: { r: Pick<BranchReport, 'status'> }) {
  return <Tag color={COLOR[r.status]}>{BRANCH_REPORT_STATUS_LABELS[r.status]}</Tag>;
}
