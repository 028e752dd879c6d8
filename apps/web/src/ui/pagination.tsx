import { useT } from '../app/i18n/use-t';

interface PaginationProps {
  shown: number;
  total: number;
  hasNextPage: boolean;
  loading?: boolean;
  onMore(): void;
}

/** Cursor paging as the API offers it: how many of how many, and a button for the next page. */
export function Pagination({ shown, total, hasNextPage, loading, onMore }: PaginationProps) {
  const t = useT();
  return (
    <nav className="pagination" aria-label={t('ui.pagination')}>
      <p aria-live="polite">{t('ui.shownOf', { shown, total })}</p>
      {hasNextPage && (
        <button type="button" onClick={onMore} disabled={loading}>
          {loading ? t('ui.loading') : t('ui.showMore')}
        </button>
      )}
    </nav>
  );
}
