import { FormEvent, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { Pagination } from '../../ui/pagination';
import { classifyQuery, entryFilterOf, ListParams, listParamsFrom, listParamsToSearch } from './legal-text';
import { LIST_ENTRIES, LIST_RELEASES, LIST_VOCABULARY } from './list.operations';
import { categories, latestVersion, productGroups, ReleaseNode, ReleaseOptions } from './release-select';

const PAGE_SIZE = 25;

function ListFilters({ initial, releases, version, onApply }: { initial: ListParams; releases: readonly ReleaseNode[]; version: string; onApply(values: ListParams): void }) {
  const t = useT();
  const [values, setValues] = useState<ListParams>({ ...initial, release: initial.release || version });
  const vocabulary = useQuery(LIST_VOCABULARY);
  const set = (key: keyof ListParams) => (event: { target: { value: string } }) => setValues({ ...values, [key]: event.target.value });
  const kind = classifyQuery(values.q);
  function submit(event: FormEvent) {
    event.preventDefault();
    // The version in force is the default: leave it out of the address so the link follows the next release.
    onApply({ ...values, q: values.q.trim(), release: values.release === latestVersion(releases) ? '' : values.release });
  }
  return (
    <form className="list-filters" role="search" aria-label={t('list.filters')} onSubmit={submit}>
      <div className="list-filter-fields">
        <FormField label={t('list.search')} hint={kind ? t('codePrefix' in kind ? 'list.search.willCode' : 'list.search.willWords') : t('list.search.hint')}>
          <input type="search" name="q" value={values.q} onChange={set('q')} autoComplete="off" spellCheck={false} />
        </FormField>
        <FormField label={t('list.release')}>
          <select name="release" value={values.release} onChange={set('release')}>
            <ReleaseOptions releases={releases} />
          </select>
        </FormField>
        <FormField label={t('list.category')}>
          <select name="category" value={values.category} onChange={set('category')}>
            <option value="">{t('list.category.any')}</option>
            {categories.map((category) => (
              <option key={category} value={category}>
                {t(`list.category.${category}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('list.group')}>
          <select name="group" value={values.group} onChange={set('group')}>
            <option value="">{t('list.group.any')}</option>
            {productGroups.map((group) => (
              <option key={group} value={group}>
                {t(`list.group.${group}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField label={t('list.reason')}>
          <select name="reason" value={values.reason} onChange={set('reason')}>
            <option value="">{t('list.reason.any')}</option>
            {vocabulary.data?.listVocabulary.reasons.map((reason) => (
              <option key={reason.code} value={reason.code}>
                {reason.code} — {reason.name}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <div className="list-filter-buttons">
        <button type="submit" className="primary">
          {t('list.apply')}
        </button>
        <Link to="/list">{t('list.clear')}</Link>
      </div>
    </form>
  );
}

/** What the results are: the filters in words, so a reader knows what a code search and a word search each did. */
function Describe({ values, version }: { values: ListParams; version: string }) {
  const t = useT();
  const kind = classifyQuery(values.q);
  const parts = [
    kind && 'codePrefix' in kind ? t('list.showing.code', { prefix: kind.codePrefix }) : null,
    kind && 'search' in kind ? t('list.showing.words', { words: kind.search }) : null,
    values.category ? t(`list.category.${values.category as '0'}`) : null,
    values.group ? t(`list.group.${values.group as 'A'}`) : null,
    values.reason ? t('list.showing.reason', { reason: values.reason }) : null,
  ].filter(Boolean);
  return <p className="list-describe">{parts.length ? t('list.showing.filtered', { version, filters: parts.join(' · ') }) : t('list.showing.all', { version })}</p>;
}

/** The list in a chosen release: browse by category and group, search by code or words, a page at a time. */
export function ListPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const values = listParamsFrom(params);
  const releasesQuery = useQuery(LIST_RELEASES);
  const releases = releasesQuery.data?.releases.edges.map((edge) => edge.node) ?? [];
  const version = values.release || latestVersion(releases) || '';
  const filter = entryFilterOf(values);
  const entries = useQuery(LIST_ENTRIES, { variables: { version, filter, first: PAGE_SIZE }, skip: !version, notifyOnNetworkStatusChange: true });
  const [loadingMore, setLoadingMore] = useState(false);
  const shown = entries.data ?? entries.previousData;
  const connection = shown?.release.entries;
  const filtered = Object.keys(filter).length > 0;

  async function more() {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await entries.fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          release: {
            ...fetchMoreResult.release,
            entries: { ...fetchMoreResult.release.entries, edges: [...(previous.release?.entries.edges ?? []), ...fetchMoreResult.release.entries.edges] },
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      <PageTitle>{t('list.title')}</PageTitle>
      <p className="lead">{t('list.intro')}</p>
      <ErrorNotice error={releasesQuery.error} onRetry={() => void releasesQuery.refetch()} />
      {releasesQuery.loading && !releasesQuery.data && <Loading />}
      {releasesQuery.data && releases.length === 0 && (
        <div className="notice" role="status">
          <p>{t('list.noRelease')}</p>
        </div>
      )}
      {version && (
        <>
          <ListFilters key={params.toString()} initial={values} releases={releases} version={version} onApply={(next) => setParams(listParamsToSearch(next))} />
          <p className="list-links">
            <Link to={`/releases/${version}`}>{t('list.aboutRelease', { version })}</Link> · <Link to="/releases/compare">{t('list.compareReleases')}</Link>
          </p>
          <ErrorNotice error={entries.error} onRetry={() => void entries.refetch()} />
          {entries.loading && !connection && <Loading />}
          {connection && (
            <section aria-labelledby="list-results">
              <h2 id="list-results">{t('list.results', { count: connection.totalCount })}</h2>
              <Describe values={values} version={version} />
              {connection.edges.length === 0 ? (
                <div className="notice" role="status">
                  <p>{filtered ? t('list.empty.filtered', { version }) : t('list.empty.release', { version })}</p>
                  {filtered && (
                    <p>
                      <Link to={version === latestVersion(releases) ? '/list' : `/list?release=${version}`}>{t('list.empty.showAll')}</Link>
                    </p>
                  )}
                </div>
              ) : (
                <>
                  <div className="table-scroll">
                    <table>
                      <caption className="visually-hidden">{t('list.table.caption', { version })}</caption>
                      <thead>
                        <tr>
                          <th scope="col">{t('list.table.code')}</th>
                          <th scope="col">{t('list.table.heading')}</th>
                          <th scope="col">{t('list.table.status')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {connection.edges.map(({ node }) => (
                          <tr key={node.code}>
                            <th scope="row">
                              <Link to={values.release ? `/list/entries/${node.code}?release=${version}` : `/list/entries/${node.code}`}>{node.code}</Link>
                            </th>
                            <td>{node.heading}</td>
                            <td>
                              <span className="status">{t(`list.status.${node.status}`)}</span>
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                  <Pagination shown={connection.edges.length} total={connection.totalCount} hasNextPage={connection.pageInfo.hasNextPage} loading={loadingMore} onMore={() => void more()} />
                </>
              )}
            </section>
          )}
        </>
      )}
    </>
  );
}
