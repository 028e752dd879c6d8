import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import { useViewer } from '../../app/session/session-context';
import { ErrorNotice } from '../../ui/error-notice';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { LegalDate } from './legal-date';
import { reasonLabel, StatusBadge } from './implementation-status';
import { IMPLEMENTATION_DETAIL } from './implementation.operations';
import { RecordImplementationForm } from './record-implementation.form';

/** One state's implementation of one release: everyone reads it; that state's delegation records it here. */
export function ImplementationDetailPage() {
  const t = useT();
  const intl = useIntl();
  const viewer = useViewer();
  const { version = '', state: stateCode = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(IMPLEMENTATION_DETAIL, { variables: { version }, fetchPolicy: 'cache-and-network' });
  const record = data?.release.implementations.find((implementation) => implementation.state.code === stateCode);
  const mine = viewer.state?.code === stateCode;

  if (!record) {
    return (
      <>
        <PageTitle>{t('implementation.detail.loadingTitle')}</PageTitle>
        {loading && <Loading />}
        <ErrorNotice error={error} onRetry={() => void refetch()} />
        {data && <p className="empty">{t('implementation.detail.noState', { state: stateCode })}</p>}
      </>
    );
  }
  return (
    <>
      <PageTitle>{t('implementation.detail.title', { state: record.state.name, version })}</PageTitle>
      <p>
        <Link to="/implementation">{t('implementation.detail.back')}</Link>
      </p>
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      <section className="card" aria-labelledby="implementation-current">
        <h2 id="implementation-current">{t('implementation.detail.current')}</h2>
        <dl className="facts">
          <dt>{t('implementation.field.status')}</dt>
          <dd>
            <StatusBadge status={record.status} />
          </dd>
          <dt>{t('implementation.field.legalReference')}</dt>
          <dd>{record.legalReference ?? t('implementation.detail.none')}</dd>
          <dt>{t('implementation.field.entryIntoForce')}</dt>
          <dd>{record.entryIntoForce ? <LegalDate value={record.entryIntoForce} /> : t('implementation.detail.none')}</dd>
          {record.recordedAt && (
            <>
              <dt>{t('implementation.detail.recorded')}</dt>
              <dd>
                {t('implementation.detail.recordedBy', {
                  name: record.recordedBy?.displayName ?? '',
                  time: intl.formatDate(record.recordedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                  revision: record.revision,
                })}
              </dd>
            </>
          )}
        </dl>
        {record.deviations.length > 0 && (
          <table className="implementation-deviations">
            <caption>{t('implementation.deviations.caption', { version })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('implementation.field.entryCode')}</th>
                <th scope="col">{t('implementation.field.reason')}</th>
                <th scope="col">{t('implementation.field.explanation')}</th>
              </tr>
            </thead>
            <tbody>
              {record.deviations.map((deviation) => (
                <tr key={deviation.entryCode}>
                  <th scope="row">
                    <Link to={`/list/entries/${deviation.entryCode}?release=${version}`}>{deviation.entryCode}</Link>
                  </th>
                  <td>{t(reasonLabel(deviation.reason))}</td>
                  <td>{deviation.explanation}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {mine ? (
        <RecordImplementationForm version={version} record={record} onRecorded={() => void refetch()} />
      ) : (
        <p className="notice">{t('implementation.detail.readOnly', { state: record.state.name })}</p>
      )}
    </>
  );
}
