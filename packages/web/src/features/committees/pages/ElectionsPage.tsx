import { Card, Empty, Tag, Typography } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { ELECTION_KIND_LABELS, ELECTION_STATUS_LABELS } from '@zhibu/schemas';
import { useApi } from '../../../lib/useApi';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { electionsPath, type ElectionListItem } from '../api';
import { ELECTION_STATUS_COLORS } from '../components/committeeUtils';
import '../committees.css';

/** 换届审批 (organ admin): elections the branches have submitted, each opening its page to approve or return. */
export default function ElectionsPage() {
  const { data, error, loading, reload } = useApi<{ items: ElectionListItem[] }>(electionsPath('submitted'));
  const items = data?.items ?? [];
  return (
    <div className="cm-page">
      <PageHeader title="换届审批" sub="各党支部报来的换届选举、补选结果，批准书记、副书记任职" />
      <PageState loading={loading && !data} error={error} onRetry={reload}>
        {items.length === 0 ? (
          <Card size="small">
            <Empty description="没有待审批的选举结果" />
          </Card>
        ) : (
          <ul className="cm-elections cm-elections-cards" aria-label="待审批的选举">
            {items.map((e) => (
              <li key={e.id}>
                <Link to={`/elections/${e.id}`} className="cm-election-link">
                  <span className="cm-election-name">{e.branchName}</span>
                  <Tag>{ELECTION_KIND_LABELS[e.kind]}</Tag>
                  <Tag color={ELECTION_STATUS_COLORS[e.status]}>{ELECTION_STATUS_LABELS[e.status]}</Tag>
                  <Typography.Text type="secondary" className="cm-election-meta">
                    {e.heldOn ? `${e.heldOn} 选举` : `计划 ${e.plannedOn}`} · 应选{e.seats}人{e.submittedOn ? ` · ${e.submittedOn} 报批` : ''}
                  </Typography.Text>
                  <RightOutlined aria-hidden className="cm-election-arrow" />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </PageState>
    </div>
  );
}
