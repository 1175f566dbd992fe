import { Alert, Card, Space, Tag } from 'antd';
import type { PersonDetail } from '@zhibu/schemas';
import { ApiError } from '../../../api/client';
import { useMe, useMeState } from '../../auth/MeContext';
import { ChangePasswordForm } from '../../auth/components/ChangePasswordForm';
import { roleLabels } from '../../../lib/access';
import { useApi } from '../../../lib/useApi';
import { PERSON_CATEGORY_LABELS } from '../../../lib/labels';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { ownPersonPath } from '../../persons/api';
import { PersonDescriptions } from '../../persons/components/PersonDescriptions';
import { MembershipHistory } from '../../persons/components/MembershipHistory';
import { MyLifeSection } from '../components/MyLifeSection';
import { MyDuesCard } from '../../dues/components/MyDuesCard';
import { MyStudyCard } from '../../education/components/MyStudyCard';
import { MyDevelopmentCard } from '../../development/components/MyDevelopmentCard';
import '../../lifeMeetings/life.css';

/** 我的: one's own record, roles and password — laid out for a phone first. */
export default function MePage() {
  const me = useMe();
  const { refresh } = useMeState();
  const own = useApi<PersonDetail>(ownPersonPath);
  const noPerson = own.error instanceof ApiError && own.error.code === 'NOT_FOUND';
  const category = own.data?.category;
  const notMember = category === 'applicant' || category === 'activist' || category === 'candidate';
  // roleLabels falls back to 党员 for an account with no post; someone in development is not one yet
  const roles = roleLabels(me).map((r) => (r === '党员' && notMember ? PERSON_CATEGORY_LABELS[category] : r));

  return (
    <div className="me-page">
      <PageHeader title="我的" sub={`账号：${me.username}`} />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        <Card title="我的角色" size="small">
          {roles.length ? (
            <div className="tag-wrap">
              {roles.map((r) => (
                <Tag key={r} color="red">
                  {r}
                </Tag>
              ))}
            </div>
          ) : (
            '无'
          )}
        </Card>
        {me.person && <MyLifeSection />}
        {me.person && <MyDuesCard />}
        {me.person && <MyStudyCard />}
        {me.person && <MyDevelopmentCard inDevelopment={notMember} />}
        <Card title="我的档案" size="small">
          {noPerson ? (
            <Alert type="info" showIcon title="您的账号未关联党员档案" description="如需关联，请联系机关党委管理员。" />
          ) : (
            <PageState loading={own.loading && !own.data} error={own.error} onRetry={own.reload}>
              {own.data && <PersonDescriptions person={own.data} />}
            </PageState>
          )}
        </Card>
        {own.data && own.data.memberships.length > 0 && (
          <Card title="组织关系" size="small">
            <MembershipHistory memberships={own.data.memberships} />
          </Card>
        )}
        <Card title="修改密码" size="small" className="me-password">
          <ChangePasswordForm username={me.username} onDone={() => void refresh()} />
        </Card>
      </Space>
    </div>
  );
}
