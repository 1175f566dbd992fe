import type { Me } from '@zhibu/schemas';
import { FlagOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../layout/menuTypes';
import { officerBranches } from '../check/access';

/**
 * 活动阵地 (VEN-1..3): the organ admin and the assessor choose a branch; a 支委 has their branches; a plain 党员 reads
 * their own branch's.
 */
export function venueMenuEntries(me: Me): MenuEntry[] {
  const icon = <FlagOutlined aria-hidden />;
  if (me.organRoles.includes('organAdmin') || me.organRoles.includes('assessor')) return [{ key: '/venues', label: '活动阵地', icon }];
  const own = officerBranches(me);
  if (own.length > 0) return own.map((b) => ({ key: `/branches/${b.branchId}/venues`, label: own.length > 1 ? `${b.branchName}活动阵地` : '活动阵地', icon }));
  return me.ownBranch ? [{ key: `/branches/${me.ownBranch.id}/venues`, label: '活动阵地', icon }] : [];
}
