import { useT } from './i18n/use-t';
import { PageTitle } from '../ui/page-title';

export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <PageTitle>{t('app.notFound.title')}</PageTitle>
      <p>{t('app.notFound.body')}</p>
    </>
  );
}
