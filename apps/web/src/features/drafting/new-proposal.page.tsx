import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import { ErrorNotice } from '../../ui/error-notice';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { DraftForm, emptyForm, isDirty, newChange, proposalInput } from './change-set';
import { DraftingForm } from './drafting-form';
import { CREATE_DRAFT, DRAFTING_VOCABULARY } from './drafting.operations';

/** The form a new proposal starts from: empty, or one amendment or removal when opened from the list. */
function initialForm(params: URLSearchParams): DraftForm {
  const amend = params.get('amend')?.trim().toUpperCase();
  const remove = params.get('remove')?.trim().toUpperCase();
  if (amend) return emptyForm([newChange('AMEND_ENTRY', amend)]);
  if (remove) return emptyForm([newChange('REMOVE_ENTRY', remove)]);
  return emptyForm();
}

/** /proposals/new: a new draft of the delegation, against the latest release. */
export function NewProposalPage() {
  const t = useT();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { data, error, loading, refetch } = useQuery(DRAFTING_VOCABULARY);
  const [opened] = useState(() => initialForm(params));
  const [form, setForm] = useState(opened);
  const [create] = useMutation(CREATE_DRAFT);

  async function save(current: DraftForm) {
    const { data: saved } = await create({ variables: { input: proposalInput(current) } });
    if (saved) await navigate(`/proposals/${saved.createProposal.id}`);
  }

  return (
    <>
      <PageTitle>{t('drafting.new.title')}</PageTitle>
      <p className="lead">{t('drafting.new.intro')}</p>
      {loading && !data && <Loading />}
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      {data && !data.latestRelease && <p>{t('drafting.new.noRelease')}</p>}
      {data?.latestRelease && (
        <DraftingForm
          form={form}
          onChange={setForm}
          baseVersion={data.latestRelease.version}
          vocabulary={data.listVocabulary}
          definitions={data.latestRelease.definitions}
          saveLabel={t('drafting.saveDraft')}
          dirty={isDirty(opened, form)}
          onSave={save}
        />
      )}
    </>
  );
}
