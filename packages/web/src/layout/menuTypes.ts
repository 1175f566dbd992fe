import type { ReactNode } from 'react';

/** One entry of the side menu; features contribute theirs (e.g. features/check/menuEntries.tsx). */
export interface MenuEntry {
  key: string;
  label: string;
  icon: ReactNode;
}
export interface MenuSection {
  /** one of the six standards, or 个人 / 系统管理 */
  title: string;
  entries: MenuEntry[];
}
