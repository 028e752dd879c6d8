import { useT } from '../app/i18n/use-t';
import { describeError } from '../errors/describe-error';

/** A refusal or failure in the reader's words, announced to screen readers; the API's reason rides along as data. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  if (!error) return null;
  const described = describeError(error);
  return (
    <div className="notice notice-error" role="alert" data-reason={described.reason}>
      <p className="notice-title">{t('error.title')}</p>
      <p>{t(described.message)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('ui.retry')}
        </button>
      )}
    </div>
  );
}
