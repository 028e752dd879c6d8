import { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useT } from '../i18n/use-t';
import { useSession } from './session-context';

/** Screens behind sign-in; the address asked for is kept so sign-in returns there. */
export function RequireSession({ children }: { children: ReactNode }) {
  const t = useT();
  const { status } = useSession();
  const location = useLocation();
  if (status === 'restoring') return <p role="status" className="loading">{t('app.restoring')}</p>;
  if (status === 'signed-out') return <Navigate to="/sign-in" replace state={{ from: `${location.pathname}${location.search}${location.hash}` }} />;
  return <>{children}</>;
}
