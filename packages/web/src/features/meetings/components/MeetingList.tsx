import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Empty, Tag } from 'antd';
import { MEETING_KIND_LABELS } from '@zhibu/schemas';
import { useMe } from '../../auth/MeContext';
import type { MeetingListItem } from '../api';
import { meetingName } from '../meetingUtils';
import { MeetingTags } from './MeetingTags';

const PAGE = 20;

/** The year's meetings, newest first; each opens its record. One column of rows, readable on a phone. */
export function MeetingList({ items }: { items: MeetingListItem[] }) {
  const me = useMe();
  const [limit, setLimit] = useState(PAGE);
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无会议记录" />;
  const sorted = [...items].sort((a, b) => (b.heldOn + (b.startTime ?? '')).localeCompare(a.heldOn + (a.startTime ?? '')));
  return (
    <>
      <ul className="mt-list" aria-label="会议列表">
        {sorted.slice(0, limit).map((m) => {
          const kind = MEETING_KIND_LABELS[m.kind];
          return (
            <li key={m.id} className="mt-item">
              <Link to={`/meetings/${m.id}`} className="mt-item-link">
                <span className="mt-item-head">
                  <Tag>{m.groupName && m.kind === 'groupMeeting' ? `${kind} · ${m.groupName}` : kind}</Tag>
                  <span className="mt-item-name">{meetingName(m, kind)}</span>
                  <MeetingTags m={m} recordedAt={m.recordedAt} today={me.today} />
                </span>
                <span className="mt-item-meta">
                  {m.heldOn}
                  {m.startTime ? ` ${m.startTime}${m.endTime ? `–${m.endTime}` : ''}` : ''}
                  {m.status === 'held' && ` · 应到 ${m.counts.expected} 实到 ${m.counts.present} 请假 ${m.counts.onLeave} 缺席 ${m.counts.absent}`}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
      {sorted.length > limit && (
        <Button type="link" block onClick={() => setLimit((n) => n + PAGE * 2)}>
          显示更多（还有 {sorted.length - limit} 条）
        </Button>
      )}
    </>
  );
}
