import type { Me } from '@zhibu/schemas';
import { CalendarOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../layout/menuTypes';
import { officerBranches } from '../check/access';

/** 三会一课 of the branches where the account holds a committee post (组织生活 section of the side menu). */
export function meetingMenuEntries(me: Me): MenuEntry[] {
  const own = officerBranches(me);
  return own.map((b) => ({
    key: `/branches/${b.branchId}/meetings`,
    label: own.length > 1 ? `${b.branchName}三会一课` : '三会一课',
    icon: <CalendarOutlined aria-hidden />,
  }));
}
