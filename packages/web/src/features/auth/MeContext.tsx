import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Me } from '@zhibu/schemas';
import { ApiError } from '../../api/client';
import { fetchMe, logout as apiLogout } from './api';

interface MeState {
  /** undefined while loading, null when nobody is signed in */
  me: Me | null | undefined;
  /** a failure other than "not signed in" (e.g. the server is down) */
  error: unknown;
  setMe: (me: Me | null) => void;
  refresh: () => Promise<void>;
  logout: () => Promise<void>;
}

const MeContext = createContext<MeState | null>(null);

/** Loads the signed-in account once from `GET /api/me` and shares it. */
export function MeProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);

  const refresh = useCallback(async () => {
    try {
      setMe(await fetchMe());
      setError(undefined);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'UNAUTHENTICATED') setMe(null);
      else {
        setError(e);
        setMe(null);
      }
    }
  }, []);

  const logout = useCallback(async () => {
    try {
      await apiLogout();
    } finally {
      setMe(null);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo(() => ({ me, error, setMe, refresh, logout }), [me, error, refresh, logout]);
  return <MeContext.Provider value={value}>{children}</MeContext.Provider>;
}

export function useMeState(): MeState {
  const s = useContext(MeContext);
  if (!s) throw new Error('useMe 须在 MeProvider 内使用');
  return s;
}

/** The signed-in account; only for pages behind `RequireAuth`, where it is always there. */
export function useMe(): Me {
  const { me } = useMeState();
  if (!me) throw new Error('未登录');
  return me;
}
