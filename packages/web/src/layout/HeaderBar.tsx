import { Button, Dropdown, Space, Tag, Typography, type MenuProps } from 'antd';
import { DownOutlined, LogoutOutlined, MenuOutlined, KeyOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { Me } from '@zhibu/schemas';
import { roleLabels } from '../lib/access';

interface Props {
  me: Me;
  mobile: boolean;
  onOpenMenu: () => void;
  onLogout: () => void;
}

/** Organ name, the user's name and roles, and logout; on a phone a menu button opens the drawer. */
export function HeaderBar({ me, mobile, onOpenMenu, onLogout }: Props) {
  const navigate = useNavigate();
  const roles = roleLabels(me);
  const name = me.person?.name ?? me.username;
  const items: MenuProps['items'] = [
    { key: 'roles', label: <span className="header-roles-menu">{roles.join('；') || '无角色'}</span>, disabled: true },
    { type: 'divider' },
    { key: 'me', icon: <UserOutlined aria-hidden />, label: '我的', onClick: () => navigate('/me') },
    { key: 'pw', icon: <KeyOutlined aria-hidden />, label: '修改密码', onClick: () => navigate('/change-password') },
    { key: 'logout', icon: <LogoutOutlined aria-hidden />, label: '退出登录', onClick: onLogout },
  ];
  return (
    <div className="header-bar">
      {mobile && (
        <Button type="text" icon={<MenuOutlined aria-hidden />} onClick={onOpenMenu} aria-label="打开菜单" className="header-btn" />
      )}
      <div className="header-title">
        <Typography.Text strong ellipsis className="header-organ">
          {me.organ.name}
        </Typography.Text>
        {!mobile && <span className="header-sub">支部标准化</span>}
      </div>
      <Space size={8} className="header-right">
        {!mobile &&
          roles.slice(0, 2).map((r) => (
            <Tag key={r} color="red" variant="outlined" className="header-role">
              {r}
            </Tag>
          ))}
        <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
          <Button type="text" className="header-btn" aria-label={`用户菜单：${name}`}>
            <UserOutlined aria-hidden />
            <span className="header-name">{name}</span>
            <DownOutlined aria-hidden style={{ fontSize: 10 }} />
          </Button>
        </Dropdown>
        {!mobile && (
          <Button type="text" icon={<LogoutOutlined aria-hidden />} onClick={onLogout} className="header-btn">
            退出
          </Button>
        )}
      </Space>
    </div>
  );
}
