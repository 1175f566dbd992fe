import type { ReactNode } from 'react';
import { Card, Typography } from 'antd';

/** The centred card of the login and forced password-change pages. */
export function AuthShell({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="auth-page">
      <div className="auth-brand">
        <div className="auth-emblem" aria-hidden>
          党
        </div>
        <Typography.Title level={3} style={{ margin: 0, color: '#c8102e' }}>
          支部标准化
        </Typography.Title>
        <Typography.Text type="secondary">机关党支部标准化建设平台</Typography.Text>
      </div>
      <Card title={title} className="auth-card">
        {children}
      </Card>
    </div>
  );
}
