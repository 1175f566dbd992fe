import { Popover, Tag, Timeline } from 'antd';
import type { Branch } from '@zhibu/schemas';
import { BRANCH_STATUS_LABELS } from '../../../lib/labels';

/** 在建 / 已撤销, with the status history in a popover. */
export function BranchStatus({ branch }: { branch: Branch }) {
  const tag = (
    <Tag color={branch.status === 'active' ? 'green' : 'default'} style={{ cursor: branch.statusHistory.length ? 'pointer' : undefined }}>
      {BRANCH_STATUS_LABELS[branch.status]}
      {branch.dissolvedOn ? ` ${branch.dissolvedOn}` : ''}
    </Tag>
  );
  if (branch.statusHistory.length === 0) return tag;
  const items = branch.statusHistory.map((h) => ({
    key: `${h.status}-${h.effectiveOn}`,
    color: h.status === 'active' ? 'green' : 'gray',
    title: h.effectiveOn,
    content: `${BRANCH_STATUS_LABELS[h.status]}${h.reason ? `：${h.reason}` : ''}`,
  }));
  return (
    <Popover title="状态变更记录" content={<Timeline items={items} style={{ marginTop: 12, maxWidth: 280 }} />} trigger="click">
      {tag}
    </Popover>
  );
}
