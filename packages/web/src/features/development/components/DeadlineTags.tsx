import { Space, Tag } from 'antd';
import type { Development } from '../api';

type Deadline = Development['deadlines'][number];

/** Due items as tags: red overdue, orange due soon; pending ones only when asked (the file page). */
export function DeadlineTags({ items, all = false }: { items: Deadline[]; all?: boolean }) {
  const shown = items.filter((d) => all || d.status !== 'pending');
  if (shown.length === 0) return null;
  return (
    <Space size={[4, 4]} wrap>
      {shown.map((d) => (
        <Tag key={`${d.kind}-${d.dueOn}`} style={{ whiteSpace: 'normal', height: 'auto', marginInlineEnd: 0 }} color={d.status === 'overdue' ? 'red' : d.status === 'dueSoon' ? 'orange' : 'default'}>
          {d.status === 'overdue' ? '已超期：' : d.status === 'dueSoon' ? '即将到期：' : ''}
          {d.label}，截止 {d.dueOn}
        </Tag>
      ))}
    </Space>
  );
}
