import { useLazyQuery } from '@apollo/client/react';
import { useT } from '../../app/i18n/use-t';
import { ErrorNotice } from '../../ui/error-notice';
import { VERIFY_AUDIT_CHAIN } from './audit.operations';

/** The reasons with words of their own; any other one is, for the reader, content that no longer matches its hash. */
const SHOWN_REASONS = ['SEQUENCE_GAP', 'PREV_HASH_MISMATCH', 'CHECKPOINT_MISMATCH', 'CHECKPOINT_NOT_REACHED'] as const;

/** Recomputes every hash on the server; the verdict names the first broken link so it can be investigated. */
export function VerifyChainSection() {
  const t = useT();
  const [verify, { data, loading, error }] = useLazyQuery(VERIFY_AUDIT_CHAIN, { fetchPolicy: 'network-only' });
  const verdict = data?.verifyAuditChain;
  return (
    <section aria-labelledby="verify-chain" className="card">
      <h2 id="verify-chain">{t('audit.verify.title')}</h2>
      <p>{t('audit.verify.intro')}</p>
      <button type="button" onClick={() => void verify().catch(() => undefined)} disabled={loading}>
        {loading ? t('audit.verify.running') : t('audit.verify.run')}
      </button>
      <ErrorNotice error={error} />
      <div aria-live="polite">
        {verdict && verdict.valid && <p className="notice">{t('audit.verify.valid', { count: verdict.checked })}</p>}
        {verdict && !verdict.valid && (
          <div className="notice notice-error">
            <p className="notice-title">{t('audit.verify.broken', { sequence: verdict.firstBrokenSequence ?? 0, checked: verdict.checked })}</p>
            <p>{t(`audit.verify.reason.${SHOWN_REASONS.find((reason) => reason === verdict.reason) ?? 'HASH_MISMATCH'}`)}</p>
          </div>
        )}
      </div>
    </section>
  );
}
