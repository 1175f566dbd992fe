import { List, Tag } from 'antd';
import type { StudyRecords } from '../api';

/** A member's study records of a year, newest first: meetings attended (derived) and recorded ones. */
export function StudyList({ items }: { items: StudyRecords['items'] }) {
  return (
    <List
      size="small"
      dataSource={[...items].sort((a, b) => b.studiedOn.localeCompare(a.studiedOn))}
      locale={{ emptyText: '本年度暂无学习记录' }}
      pagination={items.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false, align: 'center' } : false}
      renderItem={(r) => (
        <List.Item>
          <span>
            {r.studiedOn} <Tag color={r.source === 'meeting' ? 'blue' : 'default'}>{r.form}</Tag>
            {r.title}
            {r.hours !== null ? `（${r.hours} 学时）` : ''}
          </span>
        </List.Item>
      )}
    />
  );
}
