import { Button, Tag, Typography } from 'antd';
import { CloseOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { Branch } from '@zhibu/schemas';

type Officer = Branch['officers'][number];

/** 书记, 副书记 … of the branch; the organ admin may end a directly assigned post (committee posts change on the committee page). */
export function OfficerList({ officers, canEnd, linkable, onEnd }: {
  officers: Officer[];
  canEnd: boolean;
  linkable: boolean;
  onEnd: (o: Officer) => void;
}) {
  if (officers.length === 0) return <Typography.Text type="warning">未配备书记</Typography.Text>;
  return (
    <div className="officer-list">
      {officers.map((o) => (
        <Tag key={o.postId} className="officer-tag" color={o.role === 'secretary' ? 'red' : undefined}>
          <span className="officer-role">{o.roleLabel}</span>
          {linkable ? <Link to={`/persons/${o.personId}`}>{o.name}</Link> : o.name}
          {canEnd && !o.fromCommittee && (
            <Button
              type="text"
              size="small"
              icon={<CloseOutlined aria-hidden />}
              onClick={() => onEnd(o)}
              aria-label={`免去${o.name}的${o.roleLabel}职务`}
              className="officer-end"
            />
          )}
        </Tag>
      ))}
    </div>
  );
}
