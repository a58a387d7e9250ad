import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fetchMe, login as apiLogin, logout as apiLogout } from '../api/auth';
import { ApiError, onUnauthenticated } from '../api/client';
import type { Me } from '../api/types';

/** The signed-in user (undefined while asking the server, null when nobody is signed in). */
export interface AuthState {
  me: Me | null | undefined;
  signIn: (username: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

/** Asks the server who is signed in once, and keeps the answer for every page. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);

  useEffect(() => {
    fetchMe()
      .then(setMe)
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.status !== 401) console.error(error);
        setMe(null);
      });
    return onUnauthenticated(() => setMe(null));
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    setMe(await apiLogin(username, password));
  }, []);
  const signOut = useCallback(async () => {
    await apiLogout();
    setMe(null);
  }, []);
  const value = useMemo(() => ({ me, signIn, signOut }), [me, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The auth state; only inside AuthProvider. */
export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (value === null) throw new Error('useAuth outside AuthProvider');
  return value;
}
