import { Button, Empty, Typography } from 'antd';
import { EditOutlined, TeamOutlined } from '@ant-design/icons';
import type { Group } from '@zhibu/schemas';

/** The branch's 党小组 with leader and member count; managers may edit each. */
export function GroupList({ groups, canManage, onEdit }: { groups: Group[]; canManage: boolean; onEdit: (g: Group) => void }) {
  const live = groups.filter((g) => !g.dissolvedOn);
  if (live.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="未设党小组" style={{ margin: '4px 0' }} />;
  }
  return (
    <ul className="group-list" aria-label="党小组">
      {live.map((g) => (
        <li key={g.id} className="group-item">
          <TeamOutlined aria-hidden className="group-icon" />
          <span className="group-name">{g.name}</span>
          <Typography.Text type="secondary" className="group-meta">
            组长：{g.leader?.name ?? <Typography.Text type="warning">未设</Typography.Text>} · {g.memberCount} 人
          </Typography.Text>
          {canManage && (
            <Button size="small" type="link" icon={<EditOutlined aria-hidden />} onClick={() => onEdit(g)} aria-label={`编辑${g.name}`}>
              编辑
            </Button>
          )}
        </li>
      ))}
    </ul>
  );
}
