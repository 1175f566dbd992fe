import { Menu, type MenuProps } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import type { Me } from '@zhibu/schemas';
import { menuSections, selectedKey } from './menu';

/** The grouped navigation menu, used in the side bar and in the phone drawer. */
export function SideMenu({ me, onNavigate }: { me: Me; onNavigate?: () => void }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const items: MenuProps['items'] = menuSections(me).map((s) => ({
    type: 'group',
    key: s.title,
    label: s.title,
    children: s.entries.map((e) => ({ key: e.key, label: e.label, icon: e.icon })),
  }));
  return (
    <nav aria-label="主菜单">
      <Menu
        mode="inline"
        items={items}
        selectedKeys={[selectedKey(pathname)]}
        onClick={({ key }) => {
          navigate(key);
          onNavigate?.();
        }}
        style={{ borderInlineEnd: 'none' }}
      />
    </nav>
  );
}
