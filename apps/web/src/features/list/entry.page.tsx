import { useQuery } from '@apollo/client/react';
import { FormattedDate } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import { useViewer } from '../../app/session/session-context';
import { ErrorNotice } from '../../ui/error-notice';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { EntryLanguages } from './entry-languages';
import { quotedTerms, termAnchor, termKey } from './legal-text';
import { LegalText, LinkedText } from './legal-text-view';
import { ENTRY_PAGE, LIST_RELEASES } from './list.operations';
import { latestVersion } from './release-select';

/** One entry laid out as the legal text, with its definitions, related controls, correlations and history. */
export function EntryPage() {
  const t = useT();
  const viewer = useViewer();
  const { code = '' } = useParams();
  const [params] = useSearchParams();
  const releasesQuery = useQuery(LIST_RELEASES, { skip: Boolean(params.get('release')) });
  const releases = releasesQuery.data?.releases.edges.map((edge) => edge.node) ?? [];
  const version = params.get('release') || latestVersion(releases) || '';
  const upper = code.toUpperCase();
  const { data, error, loading, refetch } = useQuery(ENTRY_PAGE, { variables: { version, code: upper }, skip: !version });
  const entry = data?.release.entry;
  const definitions = new Map((data?.release.definitions ?? []).map((d) => [termKey(d.term), d]));
  const texts = entry ? [entry.heading, ...entry.paragraphs.map((p) => p.text), entry.relatedControls.text ?? ''] : [];
  const terms = entry ? [...new Map([...entry.definitions, ...quotedTerms(texts)].map((term) => [termKey(term), term])).values()] : [];
  const known = new Set(terms.map(termKey));
  const isTerm = (term: string) => known.has(termKey(term));
  const reasons = new Map(data?.listVocabulary.reasons.map((r) => [r.code, r.name]));
  const regimes = new Map(data?.listVocabulary.regimes.map((r) => [r.code, r.name]));

  return (
    <>
      <PageTitle>{entry ? t('list.entry.title', { code: entry.code, heading: entry.heading }) : t('list.entry.titleCode', { code: upper })}</PageTitle>
      <p>
        <Link to={version && params.get('release') ? `/list?release=${version}` : '/list'}>{t('list.entry.back')}</Link>
      </p>
      <ErrorNotice error={releasesQuery.error ?? error} onRetry={() => void refetch()} />
      {(loading || releasesQuery.loading) && !data && <Loading />}
      {data && !entry && (
        <div className="notice" role="status">
          <p>{t('list.entry.notInRelease', { code: upper, version })}</p>
        </div>
      )}
      {data && entry && (
        <article className="entry" aria-labelledby="entry-text">
          <dl className="facts">
            <dt>{t('list.entry.release')}</dt>
            <dd>
              <Link to={`/releases/${data.release.version}`}>{data.release.version}</Link>
            </dd>
            <dt>{t('list.table.status')}</dt>
            <dd>
              <span className="status">{t(`list.status.${entry.status}`)}</span>
            </dd>
            <dt>{t('list.category')}</dt>
            <dd>{t(`list.category.${entry.category as '0'}`)}</dd>
            <dt>{t('list.group')}</dt>
            <dd>{t(`list.group.${entry.productGroup as 'A'}`)}</dd>
            <dt>{t('list.entry.reasons')}</dt>
            <dd>
              {entry.reasons.length === 0 ? (
                t('ui.none')
              ) : (
                <ul className="inline-list">
                  {entry.reasons.map((reason) => (
                    <li key={reason}>
                      <abbr title={reasons.get(reason)}>{reason}</abbr> {reasons.get(reason) ? `(${reasons.get(reason)})` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </dl>
          {entry.status === 'ACTIVE' && viewer.state && (
            <p className="entry-actions">
              <Link to={`/proposals/new?amend=${entry.code}`}>{t('list.entry.amend')}</Link> · <Link to={`/proposals/new?remove=${entry.code}`}>{t('list.entry.remove')}</Link>
            </p>
          )}
          <section aria-labelledby="entry-text">
            <h2 id="entry-text">{t('list.entry.text')}</h2>
            <p className="entry-heading">
              <strong>{entry.code}</strong> <LinkedText text={entry.heading} isTerm={isTerm} />
            </p>
            {entry.paragraphs.length === 0 ? <p>{t('list.entry.noParagraphs')}</p> : <LegalText paragraphs={entry.paragraphs} isTerm={isTerm} />}
          </section>
          <EntryLanguages
            code={entry.code}
            heading={entry.heading}
            headingTexts={entry.headingTexts}
            paragraphs={entry.paragraphs}
            authenticLanguages={data.release.authenticLanguages}
          />
          <section aria-labelledby="entry-related">
            <h2 id="entry-related">{t('list.entry.related')}</h2>
            {entry.relatedControls.text && (
              <p>
                <LinkedText text={entry.relatedControls.text} isTerm={isTerm} />
              </p>
            )}
            {entry.relatedControls.references.length === 0 ? (
              !entry.relatedControls.text && <p>{t('ui.none')}</p>
            ) : (
              <ul className="link-list">
                {entry.relatedControls.references.map((ref) => (
                  <li key={`${ref.regime} ${ref.code}`}>
                    {t('list.entry.reference', { regime: regimes.get(ref.regime) ?? ref.regime, code: ref.code })}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="entry-correlations">
            <h2 id="entry-correlations">{t('list.entry.correlations')}</h2>
            {entry.correlations.length === 0 ? (
              <p>{t('list.entry.noCorrelations')}</p>
            ) : (
              <table>
                <caption className="visually-hidden">{t('list.entry.correlations')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('list.entry.scheme')}</th>
                    <th scope="col">{t('list.table.code')}</th>
                    <th scope="col">{t('list.entry.relation')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entry.correlations.map((c) => (
                    <tr key={`${c.scheme} ${c.code}`}>
                      <td>{c.scheme}</td>
                      <td>{c.code}</td>
                      <td>{t(`list.relation.${c.relation}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="entry-definitions">
            <h2 id="entry-definitions">{t('list.entry.definitions')}</h2>
            {terms.length === 0 ? (
              <p>{t('ui.none')}</p>
            ) : (
              <dl className="definitions">
                {terms.map((term) => {
                  const definition = definitions.get(termKey(term));
                  return (
                    <div key={term} id={termAnchor(term)} tabIndex={-1} className="definition">
                      <dt>“{term}”</dt>
                      <dd>{definition ? definition.text : t('list.entry.undefinedTerm', { version: data.release.version })}</dd>
                    </div>
                  );
                })}
              </dl>
            )}
          </section>
          <section aria-labelledby="entry-history">
            <h2 id="entry-history">{t('list.entry.history')}</h2>
            <table>
              <caption className="visually-hidden">{t('list.entry.historyCaption', { code: entry.code })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('list.entry.release')}</th>
                  <th scope="col">{t('list.entry.published')}</th>
                  <th scope="col">{t('list.entry.change')}</th>
                  <th scope="col">{t('list.entry.proposal')}</th>
                </tr>
              </thead>
              <tbody>
                {data.entryHistory.map((v, index) => (
                  <tr key={v.version}>
                    <th scope="row">
                      <Link to={`/list/entries/${entry.code}?release=${v.version}`}>{v.version}</Link>
                    </th>
                    <td>{v.publishedAt ? <FormattedDate value={v.publishedAt} dateStyle="medium" /> : '—'}</td>
                    <td>
                      {t(`list.change.${v.change ?? 'UNCHANGED'}`)}
                      {v.change && index > 0 && (
                        <>
                          {' '}
                          (<Link to={`/releases/compare?from=${data.entryHistory[index - 1].version}&to=${v.version}`}>{t('list.entry.seeRedline')}</Link>)
                        </>
                      )}
                    </td>
                    <td>{v.proposal ?? t('list.entry.noProposal')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </article>
      )}
    </>
  );
}
