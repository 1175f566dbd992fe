import type { Me } from '@zhibu/schemas';
import { BookOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../layout/menuTypes';
import { officerBranches } from '../check/access';

/** 信息台账: the 机关党委 and 考核人员 pick a branch; a committee member opens their branch's (they keep the archives). */
export function archiveMenuEntries(me: Me): MenuEntry[] {
  const icon = <BookOutlined aria-hidden />;
  if (me.organRoles.includes('organAdmin') || me.organRoles.includes('assessor')) return [{ key: '/archives', label: '信息台账', icon }];
  const own = officerBranches(me);
  return own.map((b) => ({ key: `/branches/${b.branchId}/archives`, label: own.length > 1 ? `${b.branchName}信息台账` : '信息台账', icon }));
}
