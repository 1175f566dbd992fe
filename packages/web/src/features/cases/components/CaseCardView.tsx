import { Card, Space, Tag, Typography } from 'antd';
import { StarFilled } from '@ant-design/icons';
import { CASE_STATUS_COLORS, clauseTitle, statusLabel } from '../labels';
import type { CaseCard } from '../api';

/** One case in a list: title, branch and date, summary, tags, clauses, the 推广 badge and (if not published) its status. */
export function CaseCardView({ c, onOpen }: { c: CaseCard; onOpen: (id: string) => void }) {
  const date = c.publishedOn ?? c.submittedOn;
  return (
    <Card
      size="small"
      hoverable
      onClick={() => onOpen(c.id)}
      title={
        <Typography.Link
          href={`#case-${c.id}`}
          onClick={(e) => {
            e.preventDefault();
            e.stopPropagation();
            onOpen(c.id);
          }}
          style={{ whiteSpace: 'normal' }}
        >
          {c.title}
        </Typography.Link>
      }
      extra={
        <Space size={4} wrap>
          {c.promoted && (
            <Tag color="red" icon={<StarFilled aria-hidden />}>
              推广
            </Tag>
          )}
          {c.status !== 'published' && <Tag color={CASE_STATUS_COLORS[c.status]}>{statusLabel(c.status)}</Tag>}
        </Space>
      }
    >
      <Typography.Text type="secondary">
        {c.branch.name}
        {date ? ` · ${c.publishedOn ? '发布于' : '提交于'} ${date}` : ''}
      </Typography.Text>
      <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ margin: '8px 0' }}>
        {c.summary}
      </Typography.Paragraph>
      {c.status === 'returned' && c.returnReason && (
        <Typography.Paragraph type="warning" style={{ marginBottom: 8 }}>
          退回原因：{c.returnReason}
        </Typography.Paragraph>
      )}
      <Space size={[4, 4]} wrap>
        {c.tags.map((t) => (
          <Tag key={t}>{t}</Tag>
        ))}
        {c.clauses.map((x) => (
          <Tag key={x} color="blue" title={clauseTitle(x)}>
            {x}
          </Tag>
        ))}
      </Space>
    </Card>
  );
}
