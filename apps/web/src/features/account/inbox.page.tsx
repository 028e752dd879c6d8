import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { FormattedDate } from 'react-intl';
import { useT } from '../../app/i18n/use-t';
import { ErrorNotice } from '../../ui/error-notice';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { Pagination } from '../../ui/pagination';
import { MARK_READ, MY_INBOX, UNREAD_COUNT } from './account.operations';

const PAGE = 25;

export function InboxPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const unreadOnly = params.get('unread') === '1';
  const { data, error, loading, fetchMore, refetch } = useQuery(MY_INBOX, { variables: { unreadOnly, first: PAGE }, fetchPolicy: 'cache-and-network' });
  const [mark, marking] = useMutation(MARK_READ, { refetchQueries: [MY_INBOX, UNREAD_COUNT] });
  const inbox = data?.myInbox;
  const markRead = (notificationIds?: string[], read = true) =>
    void mark({ variables: { input: { ...(notificationIds ? { notificationIds } : {}), read } } }).catch(() => undefined);

  return (
    <>
      <PageTitle>{t('account.inbox.title')}</PageTitle>
      <div className="toolbar">
        <label className="checkbox">
          <input type="checkbox" checked={unreadOnly} onChange={(event) => setParams(event.target.checked ? { unread: '1' } : {})} />
          {t('account.inbox.unreadOnly')}
        </label>
        <button type="button" onClick={() => markRead()} disabled={marking.loading || !inbox?.unreadCount}>
          {t('account.inbox.markAllRead')}
        </button>
      </div>
      <ErrorNotice error={error ?? marking.error} onRetry={error ? () => void refetch() : undefined} />
      {loading && !inbox && <Loading />}
      {inbox && (
        <>
          <p role="status">{t('account.inbox.unread', { count: inbox.unreadCount })}</p>
          {inbox.notifications.edges.length === 0 ? (
            <p>{unreadOnly ? t('account.inbox.noneUnread') : t('account.inbox.empty')}</p>
          ) : (
            <ul className="inbox">
              {inbox.notifications.edges.map(({ node }) => (
                <li key={node.id} className={node.read ? 'read' : 'unread'}>
                  {!node.read && <strong className="badge">{t('account.inbox.new')}</strong>}{' '}
                  <Link to={node.link} onClick={() => !node.read && markRead([node.id])}>
                    {node.text}
                  </Link>{' '}
                  <span className="hint">
                    <FormattedDate value={node.createdAt} dateStyle="medium" timeStyle="short" />
                  </span>{' '}
                  <button type="button" onClick={() => markRead([node.id], !node.read)}>
                    {node.read ? t('account.inbox.markUnread') : t('account.inbox.markRead')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <Pagination
            shown={inbox.notifications.edges.length}
            total={inbox.notifications.totalCount}
            hasNextPage={inbox.notifications.pageInfo.hasNextPage}
            loading={loading}
            onMore={() =>
              void fetchMore({
                variables: { after: inbox.notifications.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  myInbox: {
                    ...fetchMoreResult.myInbox,
                    notifications: {
                      ...fetchMoreResult.myInbox.notifications,
                      edges: [...(previous.myInbox?.notifications.edges ?? []), ...fetchMoreResult.myInbox.notifications.edges],
                    },
                  },
                }),
              })
            }
          />
        </>
      )}
    </>
  );
}
