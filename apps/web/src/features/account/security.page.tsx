import { useQuery } from '@apollo/client/react';
import { useT } from '../../app/i18n/use-t';
import { ErrorNotice } from '../../ui/error-notice';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { MY_SECURITY } from './account.operations';
import { ChangePasswordForm } from './change-password.form';
import { SecondFactorSection } from './second-factor.section';
import { SessionsSection } from './sessions.section';

export function SecurityPage() {
  const t = useT();
  const { data, error, refetch } = useQuery(MY_SECURITY, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageTitle>{t('account.security.title')}</PageTitle>
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      <ChangePasswordForm />
      {!data ? (
        <Loading />
      ) : (
        <>
          <SecondFactorSection enabled={Boolean(data.me.user?.secondFactorEnabled)} />
          <SessionsSection sessions={data.mySessions} />
        </>
      )}
    </>
  );
}
