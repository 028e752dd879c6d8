import { useMutation } from '@apollo/client/react';
import { FormattedDate } from 'react-intl';
import { useT } from '../../app/i18n/use-t';
import { sessionStore } from '../../app/session/session-store';
import type { MySecurityQuery } from '../../graphql/graphql';
import { ErrorNotice } from '../../ui/error-notice';
import { MY_SECURITY, REVOKE_SESSION } from './account.operations';

type DeviceSession = MySecurityQuery['mySessions'][number];

/** Every signed-in device, so a lost laptop can be signed out from another one. */
export function SessionsSection({ sessions }: { sessions: DeviceSession[] }) {
  const t = useT();
  const [revoke, { error, loading }] = useMutation(REVOKE_SESSION, { refetchQueries: [MY_SECURITY] });
  const signOutDevice = async (session: DeviceSession) => {
    const done = await revoke({ variables: { input: { sessionId: session.id } } }).then(() => true, () => false);
    if (done && session.current) sessionStore.end('SIGNED_OUT');
  };
  return (
    <section aria-labelledby="sessions">
      <h2 id="sessions">{t('account.sessions.title')}</h2>
      <ErrorNotice error={error} />
      <table>
        <caption className="visually-hidden">{t('account.sessions.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('account.sessions.device')}</th>
            <th scope="col">{t('account.sessions.signedIn')}</th>
            <th scope="col">{t('account.sessions.lastUsed')}</th>
            <th scope="col">{t('account.sessions.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.id}>
              <td>
                {session.userAgent ?? t('account.sessions.unknownDevice')}
                {session.current && <strong> ({t('account.sessions.thisDevice')})</strong>}
              </td>
              <td>
                <FormattedDate value={session.createdAt} dateStyle="medium" timeStyle="short" />
              </td>
              <td>
                <FormattedDate value={session.lastUsedAt} dateStyle="medium" timeStyle="short" />
              </td>
              <td>
                <button type="button" className="danger" disabled={loading} onClick={() => void signOutDevice(session)}>
                  {t('account.sessions.revoke')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
