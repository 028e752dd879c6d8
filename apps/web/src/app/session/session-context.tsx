import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { WhoAmIQuery } from '../../graphql/graphql';
import { fromApiLocale } from '../i18n/locales';
import { useLocale } from '../i18n/locale-provider';
import { sessionStore, SessionEnd } from './session-store';
import { SIGN_IN, WHO_AM_I } from './session.operations';

export type Viewer = NonNullable<WhoAmIQuery['me']['user']> & { state: WhoAmIQuery['me']['state'] };

export interface SignInInput {
  email: string;
  password: string;
  totpCode?: string;
  recoveryCode?: string;
}

interface Session {
  status: 'restoring' | 'signed-in' | 'signed-out';
  viewer: Viewer | null;
  /** Why the last session ended, to say so on the sign-in screen. */
  ended: SessionEnd | null;
  signIn(input: SignInInput): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { setLocale } = useLocale();
  const token = useSyncExternalStore(sessionStore.subscribe.bind(sessionStore), () => sessionStore.token);
  const [restoring, setRestoring] = useState(true);
  const [viewer, setViewer] = useState<Viewer | null>(null);

  const loadViewer = useCallback(async () => {
    const { data } = await client.query({ query: WHO_AM_I, fetchPolicy: 'network-only' });
    const user = data?.me.user;
    if (!user) return sessionStore.end('SIGNED_OUT');
    setViewer({ ...user, state: data.me.state });
    setLocale(fromApiLocale(user.locale));
  }, [client, setLocale]);

  useEffect(() => {
    void sessionStore
      .refresh()
      .then((grant) => (grant ? loadViewer() : undefined))
      .finally(() => setRestoring(false));
  }, [loadViewer]);

  useEffect(() => {
    if (!token && viewer) {
      setViewer(null);
      void client.clearStore();
    }
  }, [token, viewer, client]);

  const signIn = useCallback(
    async (input: SignInInput) => {
      const { data } = await client.mutate({ mutation: SIGN_IN, variables: { input } });
      if (!data) return;
      await client.clearStore();
      sessionStore.signedIn(data.login);
      await loadViewer();
    },
    [client, loadViewer],
  );

  const value = useMemo<Session>(
    () => ({
      status: restoring ? 'restoring' : token && viewer ? 'signed-in' : 'signed-out',
      viewer: token ? viewer : null,
      ended: sessionStore.endReason,
      signIn,
      signOut: () => sessionStore.signOut(),
    }),
    [restoring, token, viewer, signIn],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** For screens behind RequireSession, where a viewer always exists. */
export function useViewer(): Viewer {
  const { viewer } = useSession();
  if (!viewer) throw new Error('useViewer outside a signed-in screen');
  return viewer;
}
