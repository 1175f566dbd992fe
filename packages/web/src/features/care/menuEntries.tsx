import type { Me } from '@zhibu/schemas';
import { HeartOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../layout/menuTypes';
import { officerBranches } from '../check/access';

/** 困难党员关怀 of the branches where the account holds a committee post (they may see hardship details). */
export function careMenuEntries(me: Me): MenuEntry[] {
  const own = officerBranches(me);
  return own.map((b) => ({ key: `/branches/${b.branchId}/care`, label: own.length > 1 ? `${b.branchName}困难党员关怀` : '困难党员关怀', icon: <HeartOutlined aria-hidden /> }));
}
