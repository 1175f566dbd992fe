import { Tag } from 'antd';
import { FINDING_STATUS_LABELS, STATUS_COLORS, type FindingStatus } from '../labels';

/** A finding status as a coloured tag (不符合 red … 不适用 grey). */
export const FindingStatusTag = ({ status, suffix }: { status: FindingStatus; suffix?: string }) => (
  <Tag color={STATUS_COLORS[status]} className="check-status-tag">
    {FINDING_STATUS_LABELS[status]}
    {suffix}
  </Tag>
);
