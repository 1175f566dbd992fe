import { Suspense, useState } from 'react';
import { Outlet, useNavigate } from 'react-router';
import { Alert, Drawer, Layout, Spin } from 'antd';
import { useMe, useMeState } from '../features/auth/MeContext';
import { useIsMobile } from '../lib/useIsMobile';
import { HeaderBar } from './HeaderBar';
import { SideMenu } from './SideMenu';

function Brand() {
  return (
    <div className="brand">
      <span className="brand-emblem" aria-hidden>
        党
      </span>
      <span className="brand-text">支部标准化</span>
    </div>
  );
}

/** The signed-in frame: side menu (a drawer on phones), header, demo banner and the page. */
export function AppLayout() {
  const me = useMe();
  const { logout } = useMeState();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const [drawerOpen, setDrawerOpen] = useState(false);

  const onLogout = () => {
    void logout().then(() => navigate('/login', { replace: true }));
  };

  return (
    <Layout className="app-layout">
      {!mobile && (
        <Layout.Sider width={208} theme="light" className="app-sider">
          <Brand />
          <SideMenu me={me} />
        </Layout.Sider>
      )}
      {mobile && (
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          size={240}
          title={<Brand />}
          styles={{ body: { padding: 0 } }}
        >
          <SideMenu me={me} onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
      <Layout>
        <Layout.Header className="app-header">
          <HeaderBar me={me} mobile={mobile} onOpenMenu={() => setDrawerOpen(true)} onLogout={onLogout} />
        </Layout.Header>
        {me.demo && (
          <Alert
            banner
            type="warning"
            title="演示数据：当前机关为演示机关，所列人员与数据均为虚构，仅供体验。"
            className="demo-banner"
          />
        )}
        <Layout.Content className="app-content">
          <Suspense
            fallback={
              <div className="page-spin">
                <Spin />
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
