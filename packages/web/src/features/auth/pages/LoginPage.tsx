import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { errorMessage } from '../../../api/client';
import { login } from '../api';
import { useMeState } from '../MeContext';
import { AuthShell } from '../components/AuthShell';

interface LoginValues {
  username: string;
  password: string;
}

/** Only same-site paths are followed after login (no open redirect). */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

export default function LoginPage() {
  const { me, setMe } = useMeState();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  if (me) return <Navigate to={me.mustChangePassword ? '/change-password' : next} replace />;

  const onFinish = async (v: LoginValues) => {
    setBusy(true);
    setError(null);
    try {
      const m = await login(v.username.trim(), v.password);
      setMe(m);
      navigate(m.mustChangePassword ? '/change-password' : next, { replace: true });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthShell title="登录">
      {params.get('timeout') && !error && (
        <Alert type="warning" showIcon title="登录已超时，请重新登录" style={{ marginBottom: 16 }} />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form<LoginValues> layout="vertical" name="login" onFinish={onFinish} requiredMark={false} autoComplete="on">
        <Form.Item label="用户名" name="username" rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}>
          <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus size="large" />
        </Form.Item>
        <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
          <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={busy}>
          登录
        </Button>
      </Form>
    </AuthShell>
  );
}
