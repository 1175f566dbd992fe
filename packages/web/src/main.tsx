import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { AppRoutes } from './AppRoutes';
import { MeProvider } from './features/auth/MeContext';
import './styles.css';

dayjs.locale('zh-cn');

const theme = {
  token: { colorPrimary: '#c8102e', colorLink: '#c8102e', borderRadius: 6 },
};

const root = document.getElementById('root');
if (!root) throw new Error('缺少 #root 元素');

createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <BrowserRouter>
          <MeProvider>
            <AppRoutes />
          </MeProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
