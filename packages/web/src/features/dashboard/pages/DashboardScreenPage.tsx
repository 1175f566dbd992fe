import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, ConfigProvider, Spin, theme, Typography } from 'antd';
import { FullscreenExitOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../api/client';
import { useMe } from '../../auth/MeContext';
import { useYear } from '../../check/useYear';
import { useApi } from '../../../lib/useApi';
import { dashboardPath, type Dashboard } from '../api';
import { canSeeOrganDashboard } from '../access';
import { DashboardCharts } from '../components/DashboardCharts';

const REFRESH_MS = 5 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

/** The wall clock in China time (the screen hangs in the organ's office). */
function Clock() {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const t = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(t);
  }, []);
  const cn = new Date(now.getTime() + (now.getTimezoneOffset() + 480) * 60000);
  return (
    <div style={{ textAlign: 'right', color: '#adc6ff', lineHeight: 1.3 }} aria-live="off">
      <div style={{ fontSize: 34, fontVariantNumeric: 'tabular-nums', color: '#e6f0ff' }}>{`${pad(cn.getHours())}:${pad(cn.getMinutes())}:${pad(cn.getSeconds())}`}</div>
      <div style={{ fontSize: 15 }}>{`${cn.getFullYear()}年${cn.getMonth() + 1}月${cn.getDate()}日 星期${WEEKDAYS[cn.getDay()]}`}</div>
    </div>
  );
}

/**
 * 大屏 mode (issue 7 §8): the organ's dashboard full-screen and dark for the office screen — no menus, large figures,
 * a clock, and a fresh load every 5 minutes (the last figures stay up while it loads or if it fails).
 */
export default function DashboardScreenPage() {
  const me = useMe();
  const navigate = useNavigate();
  const [year] = useYear();
  const organ = canSeeOrganDashboard(me);
  const d = useApi<Dashboard>(organ ? dashboardPath(year) : null);
  const { reload } = d;
  useEffect(() => {
    const t = setInterval(reload, REFRESH_MS);
    return () => clearInterval(t);
  }, [reload]);

  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm, token: { colorPrimary: '#c8102e', colorBgContainer: 'transparent' } }}>
      <div style={{ minHeight: '100vh', background: 'linear-gradient(180deg, #061230 0%, #0b1f4b 100%)', padding: '16px clamp(12px, 2vw, 32px)', color: '#e6f0ff' }}>
        <header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16, flexWrap: 'wrap', marginBottom: 16 }}>
          <div>
            <Typography.Title level={2} style={{ margin: 0, color: '#ffd666', letterSpacing: 2 }}>
              {me.organ.name}党建工作看板
            </Typography.Title>
            <Typography.Text style={{ color: '#adc6ff', fontSize: 15 }}>
              {year}年{d.data ? ` · 数据截至${d.data.asOf}` : ''} · 每5分钟自动刷新
            </Typography.Text>
          </div>
          <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
            <Clock />
            <Button ghost size="small" icon={<FullscreenExitOutlined aria-hidden />} onClick={() => void navigate('/dashboard')} aria-label="退出大屏">
              退出
            </Button>
          </div>
        </header>
        {!organ && <Alert type="warning" showIcon title="大屏模式展示全机关的看板，仅机关党委和考核人员可以打开。" />}
        {d.error !== undefined && !d.data && <Alert type="error" showIcon title={errorMessage(d.error)} action={<Button size="small" onClick={reload}>重试</Button>} />}
        {organ && !d.data && !d.error && (
          <div style={{ display: 'flex', justifyContent: 'center', padding: 80 }}>
            <Spin size="large" />
          </div>
        )}
        {d.data && <DashboardCharts data={d.data} screen />}
      </div>
    </ConfigProvider>
  );
}
