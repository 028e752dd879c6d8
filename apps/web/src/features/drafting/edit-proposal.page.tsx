import { useEffect, useRef, useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import { describeError } from '../../errors/describe-error';
import { ErrorNotice } from '../../ui/error-notice';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import type { DraftingProposalQuery } from '../../graphql/graphql';
import { DraftForm, formOfRevision, isDirty, proposalInput, reapply } from './change-set';
import { DraftingForm } from './drafting-form';
import { DRAFTING_BASE_DEFINITIONS, DRAFTING_PROPOSAL, DRAFTING_VOCABULARY, REVISE_DRAFT } from './drafting.operations';

type Proposal = DraftingProposalQuery['proposal'];

interface Editing {
  proposal: Proposal;
  /** The revision as it was opened: what the person's edits are measured against. */
  opened: DraftForm;
  form: DraftForm;
}

/** /proposals/:id/edit: the next revision of a proposal, refused as stale if someone revised it meanwhile. */
export function EditProposalPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const proposalQuery = useQuery(DRAFTING_PROPOSAL, { variables: { id }, fetchPolicy: 'network-only' });
  const vocabularyQuery = useQuery(DRAFTING_VOCABULARY);
  const base = proposalQuery.data?.proposal.baseReleaseVersion;
  const definitionsQuery = useQuery(DRAFTING_BASE_DEFINITIONS, { variables: { version: base ?? '' }, skip: !base });
  const [revise] = useMutation(REVISE_DRAFT);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [stale, setStale] = useState(false);
  const [reapplied, setReapplied] = useState<number | null>(null);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const [reloading, setReloading] = useState(false);
  const stalePanel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const proposal = proposalQuery.data?.proposal;
    if (proposal && !editing) {
      const opened = formOfRevision(proposal.revision);
      setEditing({ proposal, opened, form: opened });
    }
  }, [proposalQuery.data, editing]);

  useEffect(() => {
    if (stale) stalePanel.current?.focus();
  }, [stale]);

  async function save(form: DraftForm) {
    if (!editing) return;
    try {
      const { data } = await revise({ variables: { input: { proposalId: editing.proposal.id, expectedRevision: editing.proposal.currentRevision, ...proposalInput(form) } } });
      if (data) await navigate(`/proposals/${data.reviseProposal.id}`);
    } catch (caught) {
      if (describeError(caught).reason !== 'STALE_REVISION') throw caught;
      setReapplied(null);
      setStale(true);
    }
  }

  async function loadLatest(keepMine: boolean) {
    if (!editing) return;
    setReloading(true);
    setReloadError(null);
    try {
      const { data } = await client.query({ query: DRAFTING_PROPOSAL, variables: { id }, fetchPolicy: 'network-only' });
      if (!data) return;
      const latest = formOfRevision(data.proposal.revision);
      setEditing({ proposal: data.proposal, opened: latest, form: keepMine ? reapply(editing.opened, editing.form, latest) : latest });
      setStale(false);
      setReapplied(keepMine ? data.proposal.currentRevision : null);
      requestAnimationFrame(() => document.getElementById('drafting-reapplied')?.focus());
    } catch (caught) {
      setReloadError(caught);
    } finally {
      setReloading(false);
    }
  }

  const vocabulary = vocabularyQuery.data?.listVocabulary;
  const error = proposalQuery.error ?? vocabularyQuery.error ?? definitionsQuery.error;
  const title = editing ? t('drafting.edit.title', { reference: editing.proposal.reference }) : t('drafting.edit.loading');
  return (
    <>
      <PageTitle>{title}</PageTitle>
      {(proposalQuery.loading || vocabularyQuery.loading) && !editing && <Loading />}
      <ErrorNotice error={error} onRetry={() => void proposalQuery.refetch()} />
      {editing && (
        <p className="lead">
          {t('drafting.edit.intro', { revision: editing.proposal.currentRevision, next: editing.proposal.currentRevision + 1, version: editing.proposal.baseReleaseVersion })}{' '}
          <Link to={`/proposals/${editing.proposal.id}`}>{t('drafting.edit.back')}</Link>
        </p>
      )}
      {editing && vocabulary && definitionsQuery.data && (
        <DraftingForm
          form={editing.form}
          onChange={(form) => setEditing({ ...editing, form })}
          baseVersion={editing.proposal.baseReleaseVersion}
          proposalId={editing.proposal.id}
          vocabulary={vocabulary}
          definitions={definitionsQuery.data.release.definitions}
          saveLabel={t('drafting.saveRevision', { next: editing.proposal.currentRevision + 1 })}
          dirty={isDirty(editing.opened, editing.form)}
          onSave={save}
        >
          {stale && (
            <div ref={stalePanel} tabIndex={-1} className="notice notice-error drafting-stale" role="alert" data-reason="STALE_REVISION" aria-labelledby="drafting-stale-title">
              <h2 id="drafting-stale-title" className="notice-title">
                {t('drafting.stale.title')}
              </h2>
              <p>{t('drafting.stale.explain', { revision: editing.proposal.currentRevision })}</p>
              <p>{t('drafting.stale.kept')}</p>
              <ErrorNotice error={reloadError} />
              <div className="drafting-actions">
                <button type="button" className="primary" disabled={reloading} onClick={() => void loadLatest(true)}>
                  {t('drafting.stale.reapply')}
                </button>
                <button type="button" className="danger" disabled={reloading} onClick={() => void loadLatest(false)}>
                  {t('drafting.stale.discard')}
                </button>
              </div>
            </div>
          )}
          {reapplied !== null && (
            <p id="drafting-reapplied" tabIndex={-1} className="notice" role="status">
              {t('drafting.stale.reapplied', { revision: reapplied })}
            </p>
          )}
        </DraftingForm>
      )}
    </>
  );
}
