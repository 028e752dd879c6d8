import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { FormattedDate } from 'react-intl';
import { useT } from '../../app/i18n/use-t';
import type { PublishReleaseMutation } from '../../graphql/graphql';
import { ErrorNotice } from '../../ui/error-notice';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { DraftChangelog } from './draft-changelog';
import { DraftConflicts } from './draft-conflicts';
import { PublishReleaseForm } from './publish-release.form';
import { PublishedRelease } from './published-release';
import { PREVIEW_RELEASE, WORKING_DRAFT } from './secretariat.operations';

/**
 * The working draft is the latest release plus every adopted proposal; leaving some out previews the release that
 * would give, with the same changelog and conflicts the publication would find.
 */
export function NextReleasePage() {
  const t = useT();
  const working = useQuery(WORKING_DRAFT, { fetchPolicy: 'cache-and-network' });
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(new Set());
  const [published, setPublished] = useState<PublishReleaseMutation['publishRelease'] | null>(null);
  const all = working.data?.workingDraft.proposals ?? [];
  const included = all.filter((proposal) => !leftOut.has(proposal.id)).map((proposal) => proposal.id);
  const preview = useQuery(PREVIEW_RELEASE, { variables: { input: { proposalIds: included } }, skip: leftOut.size === 0 || !working.data });
  const draft = leftOut.size === 0 ? working.data?.workingDraft : (preview.data?.previewRelease ?? preview.previousData?.previewRelease);
  const toggle = (id: string) => setLeftOut((current) => {
    const next = new Set(current);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  });

  return (
    <>
      <PageTitle>{t('secretariat.release.title')}</PageTitle>
      <p>{t('secretariat.release.intro')}</p>
      {published && <PublishedRelease release={published} />}
      <ErrorNotice error={working.error ?? preview.error} onRetry={() => void working.refetch()} />
      {!draft && <Loading />}
      {working.data && draft && (
        <>
          <p>
            {t('secretariat.release.base', { version: draft.baseVersion ?? '—' })}{' '}
            {t('secretariat.release.summary', { entries: draft.summary.entries, active: draft.summary.active, definitions: draft.summary.definitions })}
          </p>
          <fieldset>
            <legend>{t('secretariat.release.proposals')}</legend>
            {all.length === 0 && <p>{t('secretariat.release.noProposals')}</p>}
            {all.map((proposal) => (
              <label key={proposal.id} className="choice">
                <input type="checkbox" checked={!leftOut.has(proposal.id)} onChange={() => toggle(proposal.id)} />
                <span>
                  <Link to={`/proposals/${proposal.id}`}>{proposal.reference}</Link> — {proposal.title}
                  {proposal.decidedAt && (
                    <span className="hint">
                      {' '}
                      · {t('secretariat.release.adopted')} <FormattedDate value={proposal.decidedAt} dateStyle="medium" />
                    </span>
                  )}
                </span>
              </label>
            ))}
          </fieldset>
          {draft.conflicts.length > 0 && (
            <DraftConflicts conflicts={draft.conflicts} proposals={all} onLeaveOut={(id) => toggle(id)} onReturned={() => void working.refetch()} />
          )}
          <section aria-labelledby="release-changes">
            <h2 id="release-changes">{t('secretariat.release.changes', { count: draft.changes.length })}</h2>
            <DraftChangelog changes={draft.changes} />
          </section>
          <PublishReleaseForm
            key={draft.suggestedVersion}
            suggestedVersion={draft.suggestedVersion}
            proposalIds={included}
            publishable={draft.publishable}
            onPublished={(release) => (setPublished(release), setLeftOut(new Set()))}
          />
        </>
      )}
    </>
  );
}
