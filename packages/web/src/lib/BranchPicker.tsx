import { useNavigate } from 'react-router';
import { Select } from 'antd';
import type { Branch } from '@zhibu/schemas';
import { PageHeader } from './PageHeader';
import { PageState } from './PageState';
import { useApi } from './useApi';

/** For the organ admin opening a branch page from the menu: choose the branch, then go to its `/branches/:id/<page>`. */
export function BranchPicker({ title, page }: { title: string; page: string }) {
  const navigate = useNavigate();
  const branches = useApi<{ items: Branch[] }>('/api/branches');
  return (
    <div>
      <PageHeader title={title} sub="请选择党支部" />
      <PageState loading={branches.loading && !branches.data} error={branches.error} onRetry={branches.reload}>
        <Select
          aria-label="选择党支部"
          style={{ width: '100%', maxWidth: 420 }}
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="选择党支部"
          options={(branches.data?.items ?? []).filter((b) => b.status === 'active').map((b) => ({ value: b.id, label: b.fullName }))}
          onChange={(id: string) => void navigate(`/branches/${id}/${page}`)}
        />
      </PageState>
    </div>
  );
}
