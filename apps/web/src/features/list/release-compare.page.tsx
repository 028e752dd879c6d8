import { FormEvent, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import type { MessageId } from '../../app/i18n/catalog';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { Redline } from '../../ui/redline';
import { ChangeMeaning } from './change-meaning';
import { LIST_RELEASES, RELEASE_COMPARE } from './list.operations';
import { ReleaseNode, ReleaseOptions } from './release-select';

const FIELD_LABELS: Record<string, MessageId> = {
  code: 'list.field.code',
  heading: 'list.field.heading',
  status: 'list.field.status',
  reasons: 'list.field.reasons',
  relatedControls: 'list.field.relatedControls',
  definitions: 'list.field.definitions',
  correlations: 'list.field.correlations',
  term: 'list.field.term',
  text: 'list.field.text',
};

function ComparePicker({ releases, from, to, onApply }: { releases: readonly ReleaseNode[]; from: string; to: string; onApply(from: string, to: string): void }) {
  const t = useT();
  const [values, setValues] = useState({ from, to });
  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(values.from, values.to);
  }
  return (
    <form className="list-filters" onSubmit={submit} aria-label={t('list.compare.pick')}>
      <div className="list-filter-fields">
        <FormField label={t('list.compare.from')}>
          <select value={values.from} onChange={(e) => setValues({ ...values, from: e.target.value })}>
            <ReleaseOptions releases={releases} />
          </select>
        </FormField>
        <FormField label={t('list.compare.to')}>
          <select value={values.to} onChange={(e) => setValues({ ...values, to: e.target.value })}>
            <ReleaseOptions releases={releases} />
          </select>
        </FormField>
      </div>
      <div className="list-filter-buttons">
        <button type="submit" className="primary">
          {t('list.compare.submit')}
        </button>
      </div>
    </form>
  );
}

/** What changed between any two releases, entry by entry and definition by definition, as redlines. */
export function ReleaseComparePage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const releasesQuery = useQuery(LIST_RELEASES);
  const releases = releasesQuery.data?.releases.edges.map((edge) => edge.node) ?? [];
  // Newest first: by default the release in force against the one before it.
  const to = params.get('to') || releases[0]?.version || '';
  const from = params.get('from') || releases[1]?.version || to;
  const order = (version: string) => releases.findIndex((r) => r.version === version);
  const backwards = order(from) >= 0 && order(to) >= 0 && order(from) < order(to);
  const diff = useQuery(RELEASE_COMPARE, { variables: { from, to }, skip: !from || !to || backwards });
  const changes = diff.data?.releaseDiff.changes;

  return (
    <>
      <PageTitle>{t('list.compare.title')}</PageTitle>
      <p className="lead">{t('list.compare.intro')}</p>
      <ErrorNotice error={releasesQuery.error} onRetry={() => void releasesQuery.refetch()} />
      {releasesQuery.loading && !releasesQuery.data && <Loading />}
      {releasesQuery.data && releases.length === 0 && <p className="notice" role="status">{t('list.noRelease')}</p>}
      {releases.length > 0 && (
        <ComparePicker key={`${from} ${to}`} releases={releases} from={from} to={to} onApply={(f, tt) => setParams({ from: f, to: tt })} />
      )}
      {backwards && (
        <div className="notice" role="status">
          <p>{t('list.compare.backwards', { from, to })}</p>
          <button type="button" onClick={() => setParams({ from: to, to: from })}>
            {t('list.compare.swap')}
          </button>
        </div>
      )}
      <ErrorNotice error={diff.error} onRetry={() => void diff.refetch()} />
      {diff.loading && !diff.data && <Loading />}
      {changes && (
        <section aria-labelledby="compare-results">
          <h2 id="compare-results">{t('list.compare.results', { from, to, count: changes.length })}</h2>
          {changes.length === 0 ? (
            <div className="notice" role="status">
              <p>{from === to ? t('list.compare.same', { version: from }) : t('list.compare.none', { from, to })}</p>
              {releases.length === 1 && <p>{t('list.compare.onlyOne')}</p>}
            </div>
          ) : (
            <>
              <label className="checkbox">
                <input type="checkbox" checked={showUnchanged} onChange={(e) => setShowUnchanged(e.target.checked)} />
                {t('list.compare.showUnchanged')}
              </label>
              {changes.map((change) => {
                const entry = (change.after ?? change.before) as { heading?: string } | null;
                return (
                  <article key={`${change.subject} ${change.code ?? change.term}`} className="compare-change" aria-labelledby={`change-${change.code ?? change.term}`.replace(/[^\w-]+/g, "-")}>
                    <h3 id={`change-${change.code ?? change.term}`.replace(/[^\w-]+/g, '-')}>
                      {change.code
                        ? t('list.compare.entryHeading', { code: change.code, heading: entry?.heading ?? '', kind: t(`list.change.${change.kind}`) })
                        : t('list.compare.definitionHeading', { term: change.term ?? '', kind: t(`list.change.${change.kind}`) })}
                    </h3>
                    <p className="hint">
                      {change.proposals.length ? t('list.compare.by', { proposals: change.proposals.join(', ') }) : t('list.entry.noProposal')}
                      {change.code && change.kind !== 'REMOVED' && (
                        <>
                          {' · '}
                          <Link to={`/list/entries/${change.code}?release=${to}`}>{t('list.compare.openEntry', { code: change.code, version: to })}</Link>
                        </>
                      )}
                    </p>
                    <ChangeMeaning meaning={change.meaning} />
                    <Redline
                      fields={change.redline.fields.map((field) => ({ ...field, field: FIELD_LABELS[field.field] ? t(FIELD_LABELS[field.field]) : field.field }))}
                      paragraphs={change.redline.paragraphs.filter((p) => showUnchanged || p.change !== 'UNCHANGED')}
                    />
                  </article>
                );
              })}
            </>
          )}
        </section>
      )}
    </>
  );
}
