import { Button, Dropdown, type MenuProps } from 'antd';
import { MoreOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { Branch } from '@zhibu/schemas';
import type { BranchDialog } from './BranchDialogs';
import { useMe } from '../../auth/MeContext';
import { canSeeBranchCheck } from '../../check/access';

/** The 管理 menu of a branch card, built from the branch's abilities. */
export function BranchActions({ branch, onOpen }: { branch: Branch; onOpen: (d: BranchDialog) => void }) {
  const navigate = useNavigate();
  const me = useMe();
  const active = branch.status === 'active';
  const items: MenuProps['items'] = [];
  if (branch.abilities.viewRoster) {
    items.push({ key: 'roster', label: '查看花名册', onClick: () => navigate(`/roster?branchId=${branch.id}`) });
  }
  if (canSeeBranchCheck(me, branch.id)) {
    items.push({ key: 'check', label: '标准化体检', onClick: () => navigate(`/branches/${branch.id}/check`) });
    items.push({ key: 'meetings', label: '三会一课', onClick: () => navigate(`/branches/${branch.id}/meetings`) });
  }
  if (active && branch.abilities.manage) {
    items.push({ key: 'group', label: '新建党小组', onClick: () => onOpen({ kind: 'group' }) });
  }
  if (branch.abilities.admin) {
    items.push({ key: 'edit', label: '编辑支部信息', onClick: () => onOpen({ kind: 'edit' }) });
    if (active) {
      items.push({ key: 'post', label: '任命职务', onClick: () => onOpen({ kind: 'post' }) });
      items.push({ type: 'divider' });
      items.push({ key: 'dissolve', label: '撤销支部', danger: true, onClick: () => onOpen({ kind: 'dissolve' }) });
    }
  }
  if (items.length === 0) return null;
  return (
    <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
      <Button size="small" icon={<MoreOutlined aria-hidden />} aria-label={`管理${branch.shortName}`}>
        管理
      </Button>
    </Dropdown>
  );
}
