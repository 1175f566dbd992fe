import type { Me } from '@zhibu/schemas';
import { ReadOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../layout/menuTypes';
import { officerBranches } from '../check/access';

/** 学习教育 of the branches where the account holds a committee post. */
export function educationMenuEntries(me: Me): MenuEntry[] {
  const own = officerBranches(me);
  return own.map((b) => ({ key: `/branches/${b.branchId}/education`, label: own.length > 1 ? `${b.branchName}学习教育` : '学习教育', icon: <ReadOutlined aria-hidden /> }));
}
