import { Empty, Tag } from 'antd';
import type { PersonDetail } from '@zhibu/schemas';

/** 组织关系: the person's branch and group memberships with start and end, newest first. */
export function MembershipHistory({ memberships }: { memberships: PersonDetail['memberships'] }) {
  if (memberships.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无组织关系记录" />;
  const sorted = [...memberships].sort((a, b) => (a.startOn < b.startOn ? 1 : a.startOn > b.startOn ? -1 : a.kind === 'branch' ? -1 : 1));
  return (
    <ul className="membership-list">
      {sorted.map((m) => (
        <li key={`${m.kind}-${m.id}-${m.startOn}`} className="membership-item">
          <Tag color={m.kind === 'branch' ? 'red' : 'blue'}>{m.kind === 'branch' ? '党支部' : '党小组'}</Tag>
          <span className="membership-name">{m.name}</span>
          <span className="membership-dates">
            {m.startOn} 至 {m.endOn ?? <Tag color="green" style={{ marginInlineEnd: 0 }}>至今</Tag>}
          </span>
        </li>
      ))}
    </ul>
  );
}
