import type { Me } from '@zhibu/schemas';
import { ApartmentOutlined, CloudUploadOutlined, FileDoneOutlined, IdcardOutlined, SettingOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { canManageAccounts, hasRosterScope, isOrganAdmin } from '../lib/access';
import { checkMenuEntries } from '../features/check/menuEntries';
import { meetingMenuEntries } from '../features/meetings/menuEntries';
import { lifeMenuEntries } from '../features/lifeMeetings/menuEntries';
import { duesMenuEntries } from '../features/dues/menuEntries';
import { fundMenuEntries } from '../features/funds/menuEntries';
import { careMenuEntries } from '../features/care/menuEntries';
import { archiveMenuEntries } from '../features/archives/menuEntries';
import { educationMenuEntries } from '../features/education/menuEntries';
import { venueMenuEntries } from '../features/venues/menuEntries';
import { lapseMenuEntries } from '../features/lapse/menuEntries';
import { developmentMenuEntries } from '../features/development/menuEntries';
import { caseMenuEntries } from '../features/cases/menuEntries';
import { assessmentMenuEntries } from '../features/assessments/menuEntries';
import { dashboardMenuEntries } from '../features/dashboard/menuEntries';

import type { MenuSection } from './menuTypes';

export type { MenuEntry, MenuSection } from './menuTypes';

/**
 * The side menu, grouped by the six standards. Only entries that exist and that the account may open are
 * listed, so there are no dead links; a section with no entries is left out.
 */
export function menuSections(me: Me): MenuSection[] {
  const check = checkMenuEntries(me);
  const sections: MenuSection[] = [
    { title: '工作概览', entries: dashboardMenuEntries(me) },
    { title: '组织建设', entries: [{ key: '/org', label: '组织架构', icon: <ApartmentOutlined aria-hidden /> }, ...check.build, ...(isOrganAdmin(me) ? [{ key: '/elections', label: '换届审批', icon: <FileDoneOutlined aria-hidden /> }] : []), ...archiveMenuEntries(me), ...assessmentMenuEntries(me)] },
    {
      title: '党员管理',
      entries: [
        ...(hasRosterScope(me) ? [{ key: '/roster', label: '党员花名册', icon: <TeamOutlined aria-hidden /> }] : []),
        ...(isOrganAdmin(me) ? [{ key: '/roster/import', label: '花名册导入', icon: <CloudUploadOutlined aria-hidden /> }] : []),
        ...developmentMenuEntries(me),
        ...duesMenuEntries(me),
        ...fundMenuEntries(me), ...careMenuEntries(me), ...educationMenuEntries(me), ...venueMenuEntries(me), ...lapseMenuEntries(me),
      ],
    },
    { title: '组织生活', entries: [...meetingMenuEntries(me), ...lifeMenuEntries(me), ...caseMenuEntries(me)] },
    { title: '个人', entries: [...check.personal, { key: '/me', label: '我的', icon: <UserOutlined aria-hidden /> }] },
    {
      title: '系统管理',
      entries: [
        ...(canManageAccounts(me) ? [{ key: '/accounts', label: '账号管理', icon: <IdcardOutlined aria-hidden /> }] : []),
        ...(isOrganAdmin(me) ? [{ key: '/settings', label: '机关设置', icon: <SettingOutlined aria-hidden /> }] : []),
        ...check.system,
      ],
    },
  ];
  return sections.filter((s) => s.entries.length > 0);
}

/** The menu key that owns a path (`/persons/…` belongs to the roster). */
export function selectedKey(pathname: string): string {
  if (pathname.startsWith('/persons/')) return '/roster';
  if (pathname === '/roster/import') return pathname;
  if (pathname === '/settings/rules' || /^\/branches\/[^/]+\/check$/.test(pathname)) return pathname;
  if (/^\/branches\/[^/]+\/(meetings|talks|appraisals|reports|record-books)$/.test(pathname)) return pathname;
  if (/^\/branches\/[^/]+\/(funds|care|education|venues|archives)$/.test(pathname) || pathname === '/funds' || pathname === '/venues' || pathname === '/archives') return pathname;
  if (/^\/branches\/[^/]+\/(lapse-watch|transfers)$/.test(pathname)) return pathname;
  if (/^\/branches\/[^/]+\/assessment$/.test(pathname)) return pathname;
  if (pathname === '/reports/inbox') return pathname;
  if (/^\/branches\/[^/]+\/developments$/.test(pathname) || pathname === '/developments') return pathname;
  if (/^\/branches\/[^/]+\/dues$/.test(pathname) || pathname === '/dues') return pathname;
  if (pathname === '/dashboard' || /^\/branches\/[^/]+\/dashboard$/.test(pathname)) return pathname;
  if (pathname.startsWith('/branches/')) return '/org';
  const first = '/' + (pathname.split('/')[1] ?? '');
  return first;
}
