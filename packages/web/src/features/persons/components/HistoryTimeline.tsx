import { Empty, Timeline, Typography } from 'antd';
import type { AuditEntry } from '@zhibu/schemas';
import { formatDateTime } from '../../../lib/dates';
import { actionLabel, actorLabel, fieldLabel, fieldOrder, valueLabel } from './historyLabels';

/** 变更记录: who changed what, when, from → to (values masked by the server per the viewer's rights). */
export function HistoryTimeline({ items, names }: { items: AuditEntry[]; names: Map<string, string> }) {
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无变更记录" />;
  return (
    <Timeline
      items={items.map((e) => ({
        key: e.seq,
        color: e.action.endsWith('created') ? 'green' : 'red',
        content: (
          <div className="history-entry">
            <div>
              <Typography.Text type="secondary">{formatDateTime(e.at)}</Typography.Text>{' '}
              <Typography.Text strong>{actorLabel(e.actor)}</Typography.Text> {actionLabel(e.action)}
            </div>
            <ul className="history-changes">
              {[...e.changes].sort((a, b) => fieldOrder(a.field) - fieldOrder(b.field)).map((c) => (
                <li key={c.field}>
                  <span className="history-field">{fieldLabel(c.field)}</span>：
                  {e.action.endsWith('created') ? (
                    valueLabel(c.field, c.after, names)
                  ) : (
                    <>
                      <span className="history-before">{valueLabel(c.field, c.before, names)}</span> →{' '}
                      <span className="history-after">{valueLabel(c.field, c.after, names)}</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ),
      }))}
    />
  );
}
