import { Navigate, useNavigate } from 'react-router';
import { Alert, Button, Spin } from 'antd';
import { useMeState } from '../MeContext';
import { AuthShell } from '../components/AuthShell';
import { ChangePasswordForm } from '../components/ChangePasswordForm';

/** The forced first-login change (and a plain change for anyone signed in). */
export default function ChangePasswordPage() {
  const { me, refresh, logout } = useMeState();
  const navigate = useNavigate();
  if (me === undefined) return (
      <div className="full-center">
        <Spin size="large" />
      </div>
    );
  if (me === null) return <Navigate to="/login?next=%2Fchange-password" replace />;

  const done = async () => {
    await refresh();
    navigate('/', { replace: true });
  };

  return (
    <AuthShell title="修改密码">
      {me.mustChangePassword && (
        <Alert
          type="warning"
          showIcon
          title="首次登录或密码已被重置，须先修改密码才能继续使用。"
          style={{ marginBottom: 16 }}
        />
      )}
      <ChangePasswordForm username={me.username} onDone={() => void done()} />
      <div style={{ marginTop: 12, textAlign: 'center' }}>
        {me.mustChangePassword ? (
          <Button type="link" onClick={() => void logout()}>
            退出登录
          </Button>
        ) : (
          <Button type="link" onClick={() => navigate(-1)}>
            返回
          </Button>
        )}
      </div>
    </AuthShell>
  );
}
