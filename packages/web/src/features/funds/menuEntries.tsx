import type { Me } from '@zhibu/schemas';
import { AccountBookOutlined, BankOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../layout/menuTypes';
import { officerBranches } from '../check/access';
import { isOrganAdmin } from '../../lib/access';

/** 活动经费 of the branches where the account holds a committee post; the organ admin's 经费拨付 (党员管理 section). */
export function fundMenuEntries(me: Me): MenuEntry[] {
  const own = officerBranches(me);
  return [
    ...own.map((b) => ({ key: `/branches/${b.branchId}/funds`, label: own.length > 1 ? `${b.branchName}活动经费` : '活动经费', icon: <AccountBookOutlined aria-hidden /> })),
    ...(isOrganAdmin(me) ? [{ key: '/funds', label: '活动经费拨付', icon: <BankOutlined aria-hidden /> }] : []),
  ];
}
