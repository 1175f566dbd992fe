import type { Me } from '@zhibu/schemas';
import { BulbOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../layout/menuTypes';

/** 典型经验库 (REQ-4): every account of the organ reads the published cases. */
export function caseMenuEntries(_me: Me): MenuEntry[] {
  return [{ key: '/cases', label: '典型经验库', icon: <BulbOutlined aria-hidden /> }];
}
