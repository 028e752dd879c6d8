import { useT } from '../app/i18n/use-t';

export function Loading() {
  const t = useT();
  return (
    <p className="loading" role="status">
      {t('ui.loading')}
    </p>
  );
}
