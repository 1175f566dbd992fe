import { Empty, Timeline } from 'antd';
import type { CalendarItem } from '../api';
import { dueText, type FindingStatus } from '../labels';
import { FindingStatusTag } from './StatusTag';

const DOT: Record<FindingStatus, string> = {
  unmet: 'red',
  missingData: '#fa541c',
  dueSoon: '#faad14',
  pending: 'blue',
  met: 'green',
  notApplicable: 'gray',
};

/** 本年日历: what falls due in the year, by date, with how it stands. */
export function CheckCalendar({ items, today }: { items: readonly CalendarItem[]; today: string }) {
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="本年没有待到期的事项" />;
  const sorted = [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return (
    <Timeline
      className="check-calendar"
      items={sorted.map((c, i) => ({
        key: `${c.date}-${c.rule}-${i}`,
        color: DOT[c.status],
        title: <span className="check-cal-date">{c.date}</span>,
        content: (
          <div className="check-cal-item">
            <span className="check-cal-title">{c.title}</span>
            <FindingStatusTag status={c.status} />
            {(c.status === 'dueSoon' || c.status === 'pending' || c.status === 'unmet') && (
              <span className="muted">{dueText(c.date, today)}</span>
            )}
          </div>
        ),
      }))}
    />
  );
}
