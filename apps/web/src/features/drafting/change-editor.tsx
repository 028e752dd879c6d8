import { KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useT } from '../../app/i18n/use-t';
import { ErrorNotice } from '../../ui/error-notice';
import { ChangeDraft, entryDraftOf, fieldId } from './change-set';
import { DRAFTING_BASE_ENTRY } from './drafting.operations';
import { EntryEditor, Vocabulary } from './entry-editor';
import { Field, GroupProblems } from './field';

interface Props {
  change: ChangeDraft;
  index: number;
  baseVersion: string;
  vocabulary: Vocabulary;
  definitions: { term: string; text: string }[];
  onChange(change: ChangeDraft): void;
  onRemove(): void;
}

/** One change of the set, by kind: an entry added, amended from its current text or removed; a definition likewise. */
export function ChangeEditor({ change, index, baseVersion, vocabulary, definitions, onChange, onRemove }: Props) {
  const t = useT();
  const at = `changes[${index}]`;
  const legendId = `${fieldId(at)}-legend`;
  return (
    <fieldset className="drafting-change" aria-labelledby={legendId}>
      <legend id={legendId}>{t('drafting.change.legend', { n: index + 1, kind: t(`drafting.changeKind.${change.kind}`) })}</legend>
      <GroupProblems path={at} />
      {change.kind === 'ADD_ENTRY' && <EntryEditor entry={change.entry} path={`${at}.entry`} vocabulary={vocabulary} onChange={(entry) => onChange({ ...change, entry })} />}
      {(change.kind === 'AMEND_ENTRY' || change.kind === 'REMOVE_ENTRY') && (
        <EntryPicker change={change} at={at} baseVersion={baseVersion} vocabulary={vocabulary} onChange={onChange} />
      )}
      {change.kind === 'ADD_DEFINITION' && (
        <>
          <GroupProblems path={`${at}.definition`} />
          <Field path={`${at}.definition.term`} label={t('drafting.definition.term')}>
            <input value={change.term} onChange={(e) => onChange({ ...change, term: e.target.value })} />
          </Field>
          <Field path={`${at}.definition.text`} label={t('drafting.definition.text')}>
            <textarea rows={3} value={change.text} onChange={(e) => onChange({ ...change, text: e.target.value })} />
          </Field>
        </>
      )}
      {(change.kind === 'AMEND_DEFINITION' || change.kind === 'REMOVE_DEFINITION') && (
        <>
          <Field path={`${at}.term`} label={t('drafting.definition.pick')}>
            <select
              value={change.term}
              onChange={(e) => {
                const term = e.target.value;
                const current = definitions.find((d) => d.term === term)?.text ?? '';
                onChange(change.kind === 'AMEND_DEFINITION' ? { ...change, term, text: current } : { ...change, term });
              }}
            >
              <option value="">{t('drafting.definition.choose')}</option>
              {definitions.map((d) => (
                <option key={d.term} value={d.term}>
                  {d.term}
                </option>
              ))}
              {change.term && !definitions.some((d) => d.term === change.term) && <option value={change.term}>{change.term}</option>}
            </select>
          </Field>
          {change.kind === 'AMEND_DEFINITION' && change.term && (
            <>
              <GroupProblems path={`${at}.definition`} />
              <Field path={`${at}.definition.text`} label={t('drafting.definition.newText')}>
                <textarea rows={4} value={change.text} onChange={(e) => onChange({ ...change, text: e.target.value })} />
              </Field>
            </>
          )}
          {change.kind === 'REMOVE_DEFINITION' && change.term && (
            <blockquote className="drafting-confirm">{definitions.find((d) => d.term === change.term)?.text}</blockquote>
          )}
        </>
      )}
      <button type="button" className="danger drafting-remove-change" onClick={onRemove}>
        {t('drafting.change.remove', { n: index + 1 })}
      </button>
    </fieldset>
  );
}

type EntryChange = Extract<ChangeDraft, { kind: 'AMEND_ENTRY' | 'REMOVE_ENTRY' }>;

/** Picks the code of an existing entry: an amendment starts from its text in the base release; a removal shows its heading to confirm. */
function EntryPicker({ change, at, baseVersion, vocabulary, onChange }: { change: EntryChange; at: string; baseVersion: string; vocabulary: Vocabulary; onChange(change: ChangeDraft): void }) {
  const t = useT();
  const client = useApolloClient();
  const [heading, setHeading] = useState<string | null>(null);
  const [notFound, setNotFound] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef(change);
  latest.current = change;

  async function lookUp(code = change.code.trim().toUpperCase()) {
    if (!code) return;
    setBusy(true);
    setError(null);
    setNotFound(false);
    try {
      const { data } = await client.query({ query: DRAFTING_BASE_ENTRY, variables: { version: baseVersion, code }, fetchPolicy: 'network-only' });
      const entry = data?.release.entry;
      if (!entry || entry.status !== 'ACTIVE') {
        setNotFound(true);
        setHeading(null);
        return;
      }
      setHeading(entry.heading);
      const current = latest.current;
      if (current.kind === 'AMEND_ENTRY') onChange({ ...current, code, entry: entryDraftOf(entry) });
      else onChange({ ...current, code });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  // Opened from the list (?amend=… or ?remove=…), or a saved change: look the entry up once.
  useEffect(() => {
    if (change.code && (change.kind === 'REMOVE_ENTRY' || !change.entry)) void lookUp();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void lookUp();
    }
  };
  const loaded = change.kind === 'AMEND_ENTRY' && change.entry;
  return (
    <>
      <div className="drafting-picker">
        <Field path={`${at}.code`} label={t(change.kind === 'AMEND_ENTRY' ? 'drafting.pick.amend' : 'drafting.pick.remove')} hint={t('drafting.entry.codeHint')}>
          <input
            value={change.code}
            spellCheck={false}
            autoComplete="off"
            readOnly={Boolean(loaded)}
            onKeyDown={onKeyDown}
            onChange={(e) => {
              setHeading(null);
              setNotFound(false);
              onChange(change.kind === 'AMEND_ENTRY' ? { ...change, code: e.target.value.toUpperCase(), entry: null } : { ...change, code: e.target.value.toUpperCase() });
            }}
          />
        </Field>
        {loaded ? (
          <button type="button" onClick={() => onChange({ ...change, entry: null })}>
            {t('drafting.pick.other')}
          </button>
        ) : (
          <button type="button" onClick={() => void lookUp()} disabled={busy || !change.code.trim()}>
            {busy ? t('ui.loading') : t(change.kind === 'AMEND_ENTRY' ? 'drafting.pick.loadText' : 'drafting.pick.lookUp')}
          </button>
        )}
      </div>
      <ErrorNotice error={error} />
      <div role="status" className="drafting-lookup">
        {notFound && <p className="field-error">{t('error.reason.REFERENCE_NOT_FOUND')}</p>}
        {change.kind === 'REMOVE_ENTRY' && heading && (
          <p className="drafting-confirm">{t('drafting.pick.removeConfirm', { code: change.code, heading })}</p>
        )}
        {change.kind === 'AMEND_ENTRY' && change.entry && <p className="hint">{t('drafting.pick.startsFrom', { code: change.code, version: baseVersion })}</p>}
      </div>
      {change.kind === 'AMEND_ENTRY' && change.entry && (
        <EntryEditor entry={change.entry} path={`${at}.entry`} codeFixed vocabulary={vocabulary} onChange={(entry) => onChange({ ...change, entry })} />
      )}
    </>
  );
}
