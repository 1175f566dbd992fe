import type { Me } from '@zhibu/schemas';
import { DashboardOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../layout/menuTypes';
import { canSeeOrganDashboard, dashboardBranches } from './access';

/** 工作看板: the organ's for the 机关党委 and assessors, each branch's for its 支委. */
export function dashboardMenuEntries(me: Me): MenuEntry[] {
  const own = dashboardBranches(me);
  return [
    ...(canSeeOrganDashboard(me) ? [{ key: '/dashboard', label: '工作看板', icon: <DashboardOutlined aria-hidden /> }] : []),
    ...own.map((b) => ({ key: `/branches/${b.branchId}/dashboard`, label: own.length > 1 || canSeeOrganDashboard(me) ? `${b.branchName}工作看板` : '工作看板', icon: <DashboardOutlined aria-hidden /> })),
  ];
}
