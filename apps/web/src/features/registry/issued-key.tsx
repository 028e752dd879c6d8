import { useEffect, useRef, useState } from 'react';
import { useT } from '../../app/i18n/use-t';

/** A freshly issued API key, shown this once: a warning, the key itself, a copy button that says whether it copied. */
export function IssuedKey({ name, apiKey, onStored }: { name: string; apiKey: string; onStored(): void }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => heading.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(apiKey);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };
  return (
    <section className="issued-key notice" aria-labelledby="issued-key-title">
      <h2 id="issued-key-title" ref={heading} tabIndex={-1}>
        {t('registry.clients.issuedTitle', { name })}
      </h2>
      <p className="consequence" id="issued-key-warning">
        {t('registry.clients.keyWarning')}
      </p>
      <label htmlFor="issued-key-value">{t('registry.clients.key')}</label>
      <input
        id="issued-key-value"
        className="issued-key-value"
        readOnly
        value={apiKey}
        aria-describedby="issued-key-warning"
        onFocus={(e) => e.target.select()}
        spellCheck={false}
        size={Math.min(apiKey.length, 60)}
      />
      <div className="action-row">
        <button type="button" className="primary" onClick={() => void copy()}>
          {t('registry.clients.copy')}
        </button>
        <button type="button" onClick={onStored}>
          {t('registry.clients.stored')}
        </button>
      </div>
      <p role="status" aria-live="polite" className="copy-status">
        {copyState === 'copied' ? t('registry.clients.copied') : copyState === 'failed' ? t('registry.clients.copyFailed') : ''}
      </p>
    </section>
  );
}
