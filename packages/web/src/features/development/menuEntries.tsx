import type { Me } from '@zhibu/schemas';
import { UserAddOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../layout/menuTypes';
import { officerBranches } from '../check/access';

/** 发展党员 (党员管理 section): the organ admin picks a branch; a branch's committee members open their own board. */
export function developmentMenuEntries(me: Me): MenuEntry[] {
  if (me.organRoles.includes('organAdmin')) return [{ key: '/developments', label: '发展党员', icon: <UserAddOutlined aria-hidden /> }];
  const own = officerBranches(me);
  return own.map((b) => ({ key: `/branches/${b.branchId}/developments`, label: own.length > 1 ? `${b.branchName}发展党员` : '发展党员', icon: <UserAddOutlined aria-hidden /> }));
}
