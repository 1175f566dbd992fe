import type { Me } from '@zhibu/schemas';
import { AlertOutlined, SwapOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../layout/menuTypes';
import { officerBranches } from '../check/access';

/** 六个月预警 and 组织关系转接 of the branches where the account holds a committee post. */
export function lapseMenuEntries(me: Me): MenuEntry[] {
  const own = officerBranches(me);
  const many = own.length > 1;
  return own.flatMap((b) => [
    { key: `/branches/${b.branchId}/lapse-watch`, label: many ? `${b.branchName}六个月预警` : '六个月预警', icon: <AlertOutlined aria-hidden /> },
    { key: `/branches/${b.branchId}/transfers`, label: many ? `${b.branchName}组织关系转接` : '组织关系转接', icon: <SwapOutlined aria-hidden /> },
  ]);
}
