import type { Me } from '@zhibu/schemas';
import { AuditOutlined, ControlOutlined, ScheduleOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../layout/menuTypes';
import { canSeeMatrix, hasTodos, officerBranches } from './access';

/** The standards check's menu entries, by section: 组织建设 (体检), 个人 (待办), 系统管理 (规则参数). */
export function checkMenuEntries(me: Me): { build: MenuEntry[]; personal: MenuEntry[]; system: MenuEntry[] } {
  const own = officerBranches(me);
  const build: MenuEntry[] = [
    ...(canSeeMatrix(me) ? [{ key: '/check', label: '标准化体检', icon: <AuditOutlined aria-hidden /> }] : []),
    ...own.map((b) => ({
      key: `/branches/${b.branchId}/check`,
      label: own.length > 1 ? `${b.branchName}体检` : '本支部体检',
      icon: <AuditOutlined aria-hidden />,
    })),
  ];
  return {
    build,
    personal: hasTodos(me) ? [{ key: '/todos', label: '待办', icon: <ScheduleOutlined aria-hidden /> }] : [],
    system: me.organRoles.includes('organAdmin') ? [{ key: '/settings/rules', label: '规则参数', icon: <ControlOutlined aria-hidden /> }] : [],
  };
}
