import { useMutation, useQuery } from '@apollo/client/react';
import { FormattedDate } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import type { RegistryWebhookQuery } from '../../graphql/graphql';
import { ErrorNotice } from '../../ui/error-notice';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { ConfirmAction } from './confirm-action';
import { RegistryNav } from './registry-nav';
import { useRegistryNotice } from './registry-notice';
import { REDELIVER_WEBHOOK, REGISTRY_WEBHOOK } from './registry.operations';

type Delivery = RegistryWebhookQuery['webhookDeliveries'][number];

/**
 * One client's webhook and its latest deliveries, each with every attempt: what the secretariat reads when a government
 * says a notification never came, and where it sends one again.
 */
export function WebhookPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(REGISTRY_WEBHOOK, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [noticeLine, setNotice] = useRegistryNotice();
  const webhook = data?.webhook;
  return (
    <>
      <PageTitle>{t('registry.webhook.title')}</PageTitle>
      <RegistryNav />
      <p>
        <Link to="/secretariat/registry/api-clients">{t('registry.webhook.back')}</Link>
      </p>
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      {loading && !data && <Loading />}
      {webhook && (
        <>
          <dl className="facts">
            <dt>{t('registry.webhook.url')}</dt>
            <dd>
              <code>{webhook.url}</code>
            </dd>
            <dt>{t('registry.webhook.events')}</dt>
            <dd>{webhook.events.map((event) => t(`registry.webhook.event.${event}`)).join(', ')}</dd>
            <dt>{t('registry.webhook.scope')}</dt>
            <dd>
              {webhook.scope ? (
                <>
                  {t('registry.webhook.scopeDelta')} <code>{[...webhook.scope.prefixes.map((prefix) => `${prefix}…`), ...webhook.scope.codes].join(', ')}</code>
                </>
              ) : (
                t('registry.webhook.scopeWhole')
              )}
            </dd>
            <dt>{t('registry.webhook.registered')}</dt>
            <dd>
              <FormattedDate value={webhook.createdAt} dateStyle="medium" timeStyle="short" />
            </dd>
          </dl>
          <p>{t('registry.webhook.intro')}</p>
          {noticeLine}
          <Deliveries deliveries={data.webhookDeliveries} onRedelivered={() => void refetch()} setNotice={setNotice} />
        </>
      )}
    </>
  );
}

function Deliveries({ deliveries, onRedelivered, setNotice }: { deliveries: Delivery[]; onRedelivered(): void; setNotice(line: string): void }) {
  const t = useT();
  const [redeliver] = useMutation(REDELIVER_WEBHOOK);
  if (deliveries.length === 0) return <p>{t('registry.webhook.noDeliveries')}</p>;
  return (
    <div className="table-scroll">
      <table className="registry-table">
        <caption>{t('registry.webhook.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('registry.webhook.created')}</th>
            <th scope="col">{t('registry.webhook.eventType')}</th>
            <th scope="col">{t('registry.webhook.status')}</th>
            <th scope="col">{t('registry.webhook.attempts')}</th>
            <th scope="col">{t('registry.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((delivery) => (
            <tr key={delivery.id}>
              <th scope="row">
                <FormattedDate value={delivery.createdAt} dateStyle="medium" timeStyle="medium" />
              </th>
              <td>
                <code>{delivery.eventType}</code>
              </td>
              <td>
                <span className="status">{t(`registry.webhook.deliveryStatus.${delivery.status}`)}</span>
                {delivery.nextAttemptAt && delivery.status === 'PENDING' && (
                  <>
                    {' '}
                    {t('registry.webhook.nextAttempt')} <FormattedDate value={delivery.nextAttemptAt} timeStyle="medium" />
                  </>
                )}
              </td>
              <td>
                <AttemptLog delivery={delivery} />
              </td>
              <td>
                <ConfirmAction
                  label={t('registry.webhook.redeliver')}
                  consequence={t('registry.webhook.redeliverConsequence')}
                  confirm={t('registry.webhook.redeliverConfirm')}
                  cancel={t('registry.cancel')}
                  onConfirm={async () => {
                    await redeliver({ variables: { input: { deliveryId: delivery.id } } });
                    setNotice(t('registry.webhook.redelivered'));
                    onRedelivered();
                  }}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AttemptLog({ delivery }: { delivery: Delivery }) {
  const t = useT();
  if (delivery.attemptLog.length === 0) return <>{t('registry.webhook.notYetAttempted')}</>;
  return (
    <details>
      <summary>{t('registry.webhook.attemptCount', { count: delivery.attempts })}</summary>
      <ol className="plain-list">
        {delivery.attemptLog.map((attempt) => (
          <li key={attempt.number}>
            <FormattedDate value={attempt.attemptedAt} timeStyle="medium" />{' '}
            {attempt.statusCode !== null
              ? t('registry.webhook.answered', { code: attempt.statusCode, ms: attempt.durationMs })
              : t('registry.webhook.failed', { error: attempt.error ?? '', ms: attempt.durationMs })}
          </li>
        ))}
      </ol>
    </details>
  );
}
