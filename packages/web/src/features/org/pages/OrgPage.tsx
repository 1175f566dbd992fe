import { useState } from 'react';
import { App, Button, Empty, Switch } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Branch } from '@zhibu/schemas';
import { useMe } from '../../auth/MeContext';
import { isOrganAdmin } from '../../../lib/access';
import { useApi } from '../../../lib/useApi';
import { PageHeader } from '../../../lib/PageHeader';
import { PageState } from '../../../lib/PageState';
import { branchesPath } from '../api';
import { BranchCard } from '../components/BranchCard';
import { BranchFormModal } from '../components/BranchFormModal';
import { OrganSummary } from '../components/OrganSummary';

/** 组织架构: 机关党委 → 党支部 → 党小组, as far as the viewer may see. */
export default function OrgPage() {
  const me = useMe();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useApi<{ items: Branch[] }>(branchesPath);
  const [creating, setCreating] = useState(false);
  const [showDissolved, setShowDissolved] = useState(false);
  const admin = isOrganAdmin(me);
  const all = data?.items ?? [];
  const dissolvedCount = all.filter((b) => b.status === 'dissolved').length;
  const shown = all.filter((b) => showDissolved || b.status === 'active');

  return (
    <div>
      <PageHeader
        title="组织架构"
        sub="机关党委 → 党支部 → 党小组"
        extra={
          admin && (
            <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
              新建党支部
            </Button>
          )
        }
      />
      <PageState loading={loading && !data} error={error} onRetry={reload}>
        <OrganSummary organName={me.organ.name} branches={all} totals={admin || me.organRoles.includes('assessor')} />
        <div className="org-tree">
          {dissolvedCount > 0 && (
            <label className="org-toggle">
              <Switch size="small" checked={showDissolved} onChange={setShowDissolved} /> 显示已撤销的支部（{dissolvedCount}）
            </label>
          )}
          {shown.length === 0 ? (
            <Empty description={admin ? '尚未建立党支部，点击“新建党支部”开始' : '没有可查看的党支部'} />
          ) : (
            <div className="branch-grid">
              {shown.map((b) => (
                <BranchCard key={b.id} branch={b} today={me.today} onChanged={reload} />
              ))}
            </div>
          )}
        </div>
      </PageState>
      {creating && (
        <BranchFormModal
          open
          onClose={() => setCreating(false)}
          onSaved={(b) => {
            setCreating(false);
            void message.success(`已建立：${b.shortName}`);
            reload();
          }}
        />
      )}
    </div>
  );
}
