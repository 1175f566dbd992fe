import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { App, Button, Card, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMe } from '../../auth/MeContext';
import { useApi } from '../../../lib/useApi';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { committeesPath, type BranchCommittees } from '../api';
import { CommitteeDialogs, type CommitteeDialog } from '../components/CommitteeDialogs';
import { CommitteeHistory } from '../components/CommitteeHistory';
import { ElectionList } from '../components/ElectionList';
import { NoCommittee } from '../components/NoCommittee';
import { TermCard } from '../components/TermCard';
import '../committees.css';

/** 支部委员会: the term in office and its deadline, vacancies, extensions, elections and past terms (ORG-2, ORG-3). */
export default function CommitteePage() {
  const { id = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApi<BranchCommittees>(committeesPath(id));
  const [dialog, setDialog] = useState<CommitteeDialog | null>(null);
  const d = data;
  const current = d?.current ?? null;
  const ongoing = d?.elections.find((e) => e.status !== 'approved' && e.kind === 'general');
  const byElection = d?.elections.find((e) => e.status !== 'approved' && e.kind === 'byElection');
  const ab = d?.abilities;

  const saved = () => {
    setDialog(null);
    void message.success('已保存');
    reload();
  };

  return (
    <div className="cm-page">
      <PageHeader
        title={
          <Space wrap size={4}>
            <Button type="text" icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate('/org')} aria-label="返回组织架构" />
            {d ? `${d.branch.shortName} · 支部委员会` : '支部委员会'}
          </Space>
        }
        sub={d?.branch.fullName}
        extra={
          d &&
          ab && (
            <Space wrap>
              {/* everyone who may see the committee may see the branch's 体检, where its findings are */}
              <Button onClick={() => navigate(`/branches/${id}/check`)}>标准化体检</Button>
              <Button onClick={() => navigate(`/branches/${id}/meetings`)}>三会一课</Button>
              {ab.record && !current && (
                <Button type="primary" onClick={() => setDialog({ kind: 'record' })}>录入现任班子</Button>
              )}
              {ab.elect &&
                (ongoing ? (
                  <Button type="primary" onClick={() => navigate(`/elections/${ongoing.id}`)}>继续换届选举</Button>
                ) : (
                  <Button type={current ? 'primary' : 'default'} onClick={() => setDialog({ kind: 'election', electionKind: 'general' })}>
                    发起换届选举
                  </Button>
                ))}
              {ab.admin && current && (
                <>
                  <Button onClick={() => setDialog({ kind: 'appoint' })}>任命书记</Button>
                  <Button onClick={() => setDialog({ kind: 'extension' })}>延期换届</Button>
                </>
              )}
            </Space>
          )
        }
      />
      <PageState loading={loading && !d} error={error} onRetry={reload}>
        {d && (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <div className="cm-summary">
              <Typography.Text>
                正式党员 <strong>{d.fullMemberCount}</strong> 名
              </Typography.Text>
              <Tag color={d.committeeRequired ? 'red' : 'default'}>
                {d.committeeRequired ? '应设立支部委员会' : '可不设支委会，只设书记'}
              </Tag>
            </div>
            {current ? (
              <TermCard
                committee={current}
                ordinal={d.history.length + 1}
                abilities={d.abilities}
                today={me.today}
                byElectionId={byElection?.id}
                onOpen={setDialog}
              />
            ) : (
              <NoCommittee data={d} onOpen={setDialog} />
            )}
            {d.elections.length > 0 && (
              <Card size="small" title="换届选举与补选">
                <ElectionList elections={d.elections} />
              </Card>
            )}
            {d.history.length > 0 && (
              <Card size="small" title="历届班子">
                <CommitteeHistory history={d.history} />
              </Card>
            )}
          </Space>
        )}
      </PageState>
      {d && <CommitteeDialogs data={d} dialog={dialog} today={me.today} onClose={() => setDialog(null)} onSaved={saved} />}
    </div>
  );
}
