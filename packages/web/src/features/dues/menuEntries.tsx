import type { Me } from '@zhibu/schemas';
import { MoneyCollectOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../layout/menuTypes';
import { officerBranches } from '../check/access';

/** 党费收缴 (党员管理 section): the organ admin picks a branch; a branch's committee members open their own. */
export function duesMenuEntries(me: Me): MenuEntry[] {
  if (me.organRoles.includes('organAdmin')) return [{ key: '/dues', label: '党费收缴', icon: <MoneyCollectOutlined aria-hidden /> }];
  const own = officerBranches(me);
  return own.map((b) => ({ key: `/branches/${b.branchId}/dues`, label: own.length > 1 ? `${b.branchName}党费收缴` : '党费收缴', icon: <MoneyCollectOutlined aria-hidden /> }));
}
