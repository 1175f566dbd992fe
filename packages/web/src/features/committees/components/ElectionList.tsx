import { Tag, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { ELECTION_KIND_LABELS, ELECTION_STATUS_LABELS } from '@zhibu/schemas';
import type { ElectionSummary } from '../api';
import { ELECTION_STATUS_COLORS } from './committeeUtils';

/** The branch's elections, newest first, each opening the election page. */
export function ElectionList({ elections }: { elections: ElectionSummary[] }) {
  const sorted = [...elections].sort((a, b) => (a.plannedOn < b.plannedOn ? 1 : -1));
  return (
    <ul className="cm-elections" aria-label="选举记录">
      {sorted.map((e) => (
        <li key={e.id}>
          <Link to={`/elections/${e.id}`} className="cm-election-link">
            <span className="cm-election-name">{ELECTION_KIND_LABELS[e.kind]}</span>
            <Tag color={ELECTION_STATUS_COLORS[e.status]}>{ELECTION_STATUS_LABELS[e.status]}</Tag>
            <Typography.Text type="secondary" className="cm-election-meta">
              {e.heldOn ? `${e.heldOn} 选举` : `计划 ${e.plannedOn}`} · 应选{e.seats}人
            </Typography.Text>
            <RightOutlined aria-hidden className="cm-election-arrow" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
