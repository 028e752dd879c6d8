import { FormEvent, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useT } from '../../app/i18n/use-t';
import type { PublishReleaseMutation } from '../../graphql/graphql';
import { describeError, problemsAt } from '../../errors/describe-error';
import { ErrorNotice } from '../../ui/error-notice';
import { FormField } from '../../ui/form-field';
import { IN_PROCESS, PUBLISH_RELEASE, WORKING_DRAFT } from './secretariat.operations';

interface PublishReleaseFormProps {
  suggestedVersion: string;
  proposalIds: string[];
  publishable: boolean;
  onPublished(release: PublishReleaseMutation['publishRelease']): void;
}

export function PublishReleaseForm({ suggestedVersion, proposalIds, publishable, onPublished }: PublishReleaseFormProps) {
  const t = useT();
  const [version, setVersion] = useState(suggestedVersion);
  const [effectiveFrom, setEffectiveFrom] = useState('');
  const [publish, { error, loading }] = useMutation(PUBLISH_RELEASE, { refetchQueries: [WORKING_DRAFT, IN_PROCESS] });
  const fields = error ? describeError(error).fields : [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { version, proposalIds, ...(effectiveFrom ? { effectiveFrom } : {}) };
    const { data } = await publish({ variables: { input } }).catch(() => ({ data: undefined }));
    if (data) onPublished(data.publishRelease);
  };
  return (
    <form onSubmit={submit} aria-labelledby="publish-release" className="card">
      <h2 id="publish-release">{t('secretariat.release.publishTitle')}</h2>
      <ErrorNotice error={error} />
      <FormField label={t('secretariat.release.version')} hint={t('secretariat.release.versionHint', { suggested: suggestedVersion })} problems={problemsAt(fields, 'version')}>
        <input required pattern="[0-9]{4}\.[0-9]+" value={version} onChange={(e) => setVersion(e.target.value)} />
      </FormField>
      <FormField label={t('secretariat.release.effectiveFrom')} hint={t('secretariat.release.effectiveFromHint')} problems={problemsAt(fields, 'effectiveFrom')}>
        <input type="date" value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} />
      </FormField>
      <p className="consequence">{t('secretariat.release.publishConsequence', { count: proposalIds.length })}</p>
      {!publishable && <p role="status">{t('secretariat.release.notPublishable')}</p>}
      <button type="submit" className="primary" disabled={loading || !publishable}>
        {t('secretariat.release.publish', { version })}
      </button>
    </form>
  );
}
