import { useMutation, useQuery } from '@apollo/client/react';
import { useT } from '../../app/i18n/use-t';
import type { MyNotificationPreferencesQuery, NotificationDelivery, Weekday } from '../../graphql/graphql';
import { ErrorNotice } from '../../ui/error-notice';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { MY_NOTIFICATION_PREFERENCES, SET_NOTIFICATION_PREFERENCE } from './account.operations';

type Preference = MyNotificationPreferencesQuery['myNotificationPreferences'][number];

const DELIVERIES: NotificationDelivery[] = ['IMMEDIATE', 'DAILY', 'WEEKLY', 'OFF'];
const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

export function NotificationSettingsPage() {
  const t = useT();
  const { data, error, refetch } = useQuery(MY_NOTIFICATION_PREFERENCES);
  // Preferences have no id for the cache to match, so the list is read again after each choice.
  const [save, saving] = useMutation(SET_NOTIFICATION_PREFERENCE, { refetchQueries: [MY_NOTIFICATION_PREFERENCES], awaitRefetchQueries: true });
  const choose = (preference: Preference, delivery: NotificationDelivery, weekday?: Weekday) =>
    void save({
      variables: { input: { kind: preference.kind, delivery, ...(delivery === 'WEEKLY' ? { weekday: weekday ?? preference.weekday ?? 'MONDAY' } : {}) } },
    }).catch(() => undefined);
  return (
    <>
      <PageTitle>{t('account.notifications.title')}</PageTitle>
      <p>{t('account.notifications.intro')}</p>
      <ErrorNotice error={error ?? saving.error} onRetry={error ? () => void refetch() : undefined} />
      {!data ? (
        <Loading />
      ) : (
        <table>
          <caption className="visually-hidden">{t('account.notifications.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('account.notifications.kind')}</th>
              <th scope="col">{t('account.notifications.delivery')}</th>
              <th scope="col">{t('account.notifications.weekday')}</th>
            </tr>
          </thead>
          <tbody>
            {data.myNotificationPreferences.map((preference) => (
              <tr key={preference.kind}>
                <th scope="row" id={`kind-${preference.kind}`}>
                  {t(`account.kind.${preference.kind}`)}
                  {!preference.chosen && <span className="hint"> ({t('account.notifications.default')})</span>}
                </th>
                <td>
                  <select
                    aria-label={t('account.notifications.deliveryFor', { kind: t(`account.kind.${preference.kind}`) })}
                    value={preference.delivery}
                    onChange={(event) => choose(preference, event.target.value as NotificationDelivery)}
                  >
                    {DELIVERIES.map((delivery) => (
                      <option key={delivery} value={delivery}>
                        {t(`account.delivery.${delivery}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {preference.delivery === 'WEEKLY' && (
                    <select
                      aria-label={t('account.notifications.weekdayFor', { kind: t(`account.kind.${preference.kind}`) })}
                      value={preference.weekday ?? 'MONDAY'}
                      onChange={(event) => choose(preference, 'WEEKLY', event.target.value as Weekday)}
                    >
                      {WEEKDAYS.map((weekday) => (
                        <option key={weekday} value={weekday}>
                          {t(`account.weekday.${weekday}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {saving.called && !saving.loading && !saving.error && (
        <p role="status" className="notice">
          {t('account.notifications.saved')}
        </p>
      )}
    </>
  );
}
