import type { ReactNode } from 'react';
import { Alert, Button, Spin } from 'antd';
import { errorMessage } from '../api/client';

interface Props {
  loading: boolean;
  error: unknown;
  onRetry?: () => void;
  children: ReactNode;
}

/** Shows a spinner while loading, the server's message on error, and the children otherwise. */
export function PageState({ loading, error, onRetry, children }: Props) {
  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        title={errorMessage(error)}
        action={onRetry ? <Button size="small" onClick={onRetry}>重试</Button> : undefined}
      />
    );
  }
  if (loading) {
    return (
      <div className="page-spin">
        <Spin description="加载中…"><div style={{ minHeight: 80 }} /></Spin>
      </div>
    );
  }
  return <>{children}</>;
}
