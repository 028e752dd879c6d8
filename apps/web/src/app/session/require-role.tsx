import { ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { PageTitle } from '../../ui/page-title';
import { useViewer } from './session-context';
import type { Viewer } from './session-context';

/**
 * Screens for one role. Anyone else who types the address learns that it is not for their role; the API refuses
 * the operations anyway, so this only spares them a screen of errors.
 */
export function RequireRole({ role, children }: { role: Viewer['role']; children: ReactNode }) {
  const t = useT();
  const viewer = useViewer();
  if (viewer.role === role) return <>{children}</>;
  return (
    <>
      <PageTitle>{t('app.notForRole.title')}</PageTitle>
      <p>{t('app.notForRole.body', { role: t(`app.role.${role}`) })}</p>
    </>
  );
}
