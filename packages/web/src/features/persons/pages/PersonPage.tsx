import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { App, Button, Card, Space } from 'antd';
import { ArrowLeftOutlined, EditOutlined, SwapOutlined } from '@ant-design/icons';
import type { AuditEntry, PersonDetail } from '@zhibu/schemas';
import { useMe } from '../../auth/MeContext';
import { isOrganAdmin } from '../../../lib/access';
import { useApi } from '../../../lib/useApi';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { historyPath, personPath } from '../api';
import { PersonDescriptions } from '../components/PersonDescriptions';
import { MembershipHistory } from '../components/MembershipHistory';
import { HistoryTimeline } from '../components/HistoryTimeline';
import { PersonFormModal } from '../components/PersonFormModal';
import { MoveModal } from '../components/MoveModal';
import { CategoryTag } from '../components/StatusTag';
import { AttachmentList } from '../../attachments/AttachmentList';
import { PersonTalks } from '../../talks/components/PersonTalks';

/** One person's record: every field, memberships, and the 变更记录. */
export default function PersonPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const person = useApi<PersonDetail>(personPath(id));
  const history = useApi<{ items: AuditEntry[] }>(historyPath(id));
  const [dialog, setDialog] = useState<'edit' | 'move' | null>(null);
  const p = person.data;
  const names = new Map((p?.memberships ?? []).map((m) => [m.id, m.name]));

  const saved = () => {
    setDialog(null);
    void message.success('已保存');
    person.reload();
    history.reload();
  };

  return (
    <div>
      <PageHeader
        title={
          <Space wrap>
            <Button type="text" icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate(-1)} aria-label="返回" />
            {p?.name ?? '党员信息'}
            {p && <CategoryTag category={p.category} />}
          </Space>
        }
        extra={
          p && (
            <Space wrap>
              {p.abilities.edit && (
                <Button type="primary" icon={<EditOutlined aria-hidden />} onClick={() => setDialog('edit')}>
                  编辑
                </Button>
              )}
              {isOrganAdmin(me) && (
                <Button icon={<SwapOutlined aria-hidden />} onClick={() => setDialog('move')}>
                  调整组织关系
                </Button>
              )}
            </Space>
          )
        }
      />
      <PageState loading={person.loading && !p} error={person.error} onRetry={person.reload}>
        {p && (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card title="基本信息" size="small">
              <PersonDescriptions person={p} />
            </Card>
            <Card title="组织关系" size="small">
              <MembershipHistory memberships={p.memberships} />
            </Card>
            <Card title="谈话记录" size="small">
              <PersonTalks personId={p.id} />
            </Card>
            <Card title="档案材料" size="small">
              <AttachmentList entityType="person" entityId={p.id} canWrite={p.abilities.edit} />
            </Card>
            <Card title="变更记录" size="small">
              <PageState loading={history.loading && !history.data} error={history.error}>
                <HistoryTimeline items={history.data?.items ?? []} names={names} />
              </PageState>
            </Card>
          </Space>
        )}
      </PageState>
      {p && dialog === 'edit' && <PersonFormModal open person={p} onClose={() => setDialog(null)} onSaved={saved} />}
      {p && dialog === 'move' && <MoveModal person={p} today={me.today} onClose={() => setDialog(null)} onSaved={saved} />}
    </div>
  );
}
