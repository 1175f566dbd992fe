import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Spin } from 'antd';
import { useMeState } from '../MeContext';

/** Lets signed-in users through; sends others to /login (keeping the wanted path) and forces a password change. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me } = useMeState();
  const loc = useLocation();
  if (me === undefined) {
    return (
      <div className="full-center">
        <Spin size="large" />
      </div>
    );
  }
  if (me === null) {
    const next = loc.pathname + loc.search;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.mustChangePassword) return <Navigate to="/change-password" replace />;
  return <>{children}</>;
}
