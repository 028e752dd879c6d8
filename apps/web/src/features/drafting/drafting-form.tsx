import { FormEvent, ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useT } from '../../app/i18n/use-t';
import type { Translate } from '../../app/i18n/use-t';
import { describeError, FieldProblem } from '../../errors/describe-error';
import { ErrorNotice } from '../../ui/error-notice';
import {
  ancestorsOf,
  anchorOf,
  apiProblems,
  CHANGE_KINDS,
  ChangeKindName,
  changeInput,
  DraftForm,
  fieldId,
  JUSTIFICATION_FIELDS,
  localProblems,
  mergeProblems,
  newChange,
  Problem,
  removeAt,
  replaceAt,
} from './change-set';
import { ChangeEditor } from './change-editor';
import { VALIDATE_DRAFT } from './drafting.operations';
import { Vocabulary } from './entry-editor';
import { Field, focusById, GroupProblems, ProblemsProvider } from './field';

interface Props {
  form: DraftForm;
  onChange(form: DraftForm): void;
  /** The release the changes are written against. */
  baseVersion: string;
  /** For an existing proposal: checks run against its base. */
  proposalId?: string;
  vocabulary: Vocabulary;
  definitions: { term: string; text: string }[];
  saveLabel: string;
  /** Whether the person changed anything since the form opened (checks run as they edit). */
  dirty: boolean;
  /** Saves; throws what the API refused. */
  onSave(form: DraftForm): Promise<void>;
  children?: ReactNode;
}

const CHECK_DELAY_MS = 700;

/**
 * A proposal being drafted: title, rationale, justification and the change set. Problems show at the field they
 * name as the person edits (the API's own check, debounced), on "Check", and after a refused save, with a summary
 * at the top that links to each field and takes focus when a save fails.
 */
export function DraftingForm({ form, onChange, baseVersion, proposalId, vocabulary, definitions, saveLabel, dirty, onSave, children }: Props) {
  const t = useT();
  const client = useApolloClient();
  const [checked, setChecked] = useState<{ problems: Problem[]; warnings: string[]; valid: boolean; baseVersion: string } | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [askedToCheck, setAskedToCheck] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [newKind, setNewKind] = useState<ChangeKindName>('AMEND_ENTRY');
  const [focusChange, setFocusChange] = useState<number | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const request = useRef(0);

  const changes = useMemo(() => form.changes.map(changeInput), [form.changes]);
  const changesJson = JSON.stringify(changes);

  async function check(): Promise<Problem[]> {
    const mine = ++request.current;
    if (changes.length === 0) {
      setChecked(null);
      return [];
    }
    try {
      const { data } = await client.query({ query: VALIDATE_DRAFT, variables: { input: { changes, ...(proposalId ? { proposalId } : {}) } }, fetchPolicy: 'network-only' });
      if (!data || mine !== request.current) return [];
      const result = data.validateChanges;
      const problems = apiProblems(result.problems);
      setChecked({ problems, warnings: result.warnings, valid: result.valid, baseVersion: result.baseVersion });
      return problems;
    } catch (caught) {
      if (mine === request.current) setChecked({ problems: apiProblems(describeError(caught).fields), warnings: [], valid: false, baseVersion });
      return [];
    }
  }

  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => void check(), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [changesJson, dirty]);

  useEffect(() => {
    if (focusChange === null) return;
    const set = document.getElementById(`${fieldId(`changes[${focusChange}]`)}-set`);
    set?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    setFocusChange(null);
  }, [focusChange]);

  const local = localProblems(form);
  const saveFields = saveError ? apiProblems(describeError(saveError).fields) : [];
  const problems = mergeProblems(attempted ? local : [], checked?.problems ?? [], saveFields);
  const shown: FieldProblem[] = problems.map((p) => ({ field: p.field, message: p.messageId ? t(p.messageId) : p.text }));

  const focusSummary = () => requestAnimationFrame(() => summary.current?.focus());

  async function submit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    setAskedToCheck(false);
    setSaveError(null);
    if (local.length > 0) {
      focusSummary();
      return;
    }
    setBusy(true);
    try {
      await onSave(form);
    } catch (caught) {
      setSaveError(caught);
      focusSummary();
    } finally {
      setBusy(false);
    }
  }

  async function onCheck() {
    setAttempted(true);
    setAskedToCheck(true);
    setSaveError(null);
    await check();
    focusSummary();
  }

  const set = (patch: Partial<DraftForm>) => onChange({ ...form, ...patch });

  return (
    <ProblemsProvider problems={shown}>
      <form className="drafting-form" onSubmit={submit} noValidate>
        <div ref={summary} tabIndex={-1} className="drafting-summary" aria-labelledby={shown.length ? 'drafting-summary-title' : undefined}>
          <ErrorNotice error={saveError} />
          {shown.length > 0 && (attempted || saveError || checked) && (
            <div className="notice notice-error">
              <h2 id="drafting-summary-title" className="notice-title">
                {t('drafting.summary.title', { count: shown.length })}
              </h2>
              <ul>
                {shown.map((problem) => (
                  <li key={`${problem.field}:${problem.message}`}>
                    <a
                      href={`#${fieldId(anchorOf(problem.field))}`}
                      onClick={(event) => {
                        event.preventDefault();
                        [anchorOf(problem.field), ...ancestorsOf(problem.field)].some((path) => focusById(fieldId(path)));
                      }}
                    >
                      {describeField(t, problem.field)}: {problem.message}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {askedToCheck && !saveError && checked?.valid && local.length === 0 && (
            <p className="notice" role="status">
              {t('drafting.summary.valid', { version: checked.baseVersion })}
            </p>
          )}
          {checked && checked.warnings.length > 0 && (
            <div className="notice" role="status">
              <p className="notice-title">{t('drafting.summary.warnings')}</p>
              <ul>
                {checked.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
        {children}

        <section aria-labelledby="drafting-about">
          <h2 id="drafting-about">{t('drafting.about.title')}</h2>
          <Field path="title" label={t('drafting.about.titleField')}>
            <input value={form.title} onChange={(e) => set({ title: e.target.value })} />
          </Field>
          <Field path="rationale" label={t('drafting.about.rationale')} hint={t('drafting.about.rationaleHint')}>
            <textarea rows={4} value={form.rationale} onChange={(e) => set({ rationale: e.target.value })} />
          </Field>
          <fieldset className="drafting-justification">
            <legend>{t('drafting.justification.title')}</legend>
            {JUSTIFICATION_FIELDS.map((field) => (
              <Field key={field} path={`justification.${field}`} label={t(`drafting.justification.${field}`)} hint={field === 'humanRightsRisk' ? t('drafting.justification.required') : undefined}>
                <textarea rows={3} value={form.justification[field]} onChange={(e) => set({ justification: { ...form.justification, [field]: e.target.value } })} />
              </Field>
            ))}
          </fieldset>
        </section>

        <section aria-labelledby="drafting-changes">
          <h2 id="drafting-changes">{t('drafting.changes.title', { count: form.changes.length, version: baseVersion })}</h2>
          <GroupProblems path="changes" />
          {form.changes.length === 0 && <p>{t('drafting.changes.empty')}</p>}
          {form.changes.map((change, index) => (
            <div key={change.key} id={`${fieldId(`changes[${index}]`)}-set`}>
              <ChangeEditor
                change={change}
                index={index}
                baseVersion={baseVersion}
                vocabulary={vocabulary}
                definitions={definitions}
                onChange={(next) => set({ changes: replaceAt(form.changes, index, next) })}
                onRemove={() => {
                  set({ changes: removeAt(form.changes, index) });
                  document.getElementById('drafting-add-kind')?.focus();
                }}
              />
            </div>
          ))}
          <div className="drafting-add-change">
            <div className="field">
              <label htmlFor="drafting-add-kind">{t('drafting.changes.kind')}</label>
              <select id="drafting-add-kind" value={newKind} onChange={(e) => setNewKind(e.target.value as ChangeKindName)}>
                {CHANGE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`drafting.changeKind.${kind}`)}
                  </option>
                ))}
              </select>
            </div>
            <button
              type="button"
              onClick={() => {
                set({ changes: [...form.changes, newChange(newKind)] });
                setFocusChange(form.changes.length);
              }}
            >
              {t('drafting.changes.add')}
            </button>
          </div>
        </section>

        <div className="drafting-actions">
          <button type="button" onClick={() => void onCheck()}>
            {t('drafting.check')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('drafting.saving') : saveLabel}
          </button>
        </div>
      </form>
    </ProblemsProvider>
  );
}

/** A field's path in words: "Change 1, paragraph 3, path". */
export function describeField(t: Translate, field: string): string {
  if (field === 'title') return t('drafting.about.titleField');
  if (field === 'rationale') return t('drafting.about.rationale');
  const justification = /^justification\.(\w+)$/.exec(field);
  if (justification && (JUSTIFICATION_FIELDS as readonly string[]).includes(justification[1])) {
    return t(`drafting.justification.${justification[1] as (typeof JUSTIFICATION_FIELDS)[number]}`);
  }
  if (field === 'changes') return t('drafting.changes.all');
  const change = /^changes\[(\d+)\](.*)$/.exec(field);
  if (!change) return field;
  const parts = [t('drafting.where.change', { n: Number(change[1]) + 1 })];
  const rest = change[2];
  const paragraph = /\.paragraphs\[(\d+)\](?:\.(path|kind|text))?/.exec(rest);
  if (paragraph) {
    parts.push(t('drafting.where.paragraph', { n: Number(paragraph[1]) + 1 }));
    if (paragraph[2]) parts.push(t(`drafting.where.${paragraph[2] as 'path' | 'kind' | 'text'}`));
  } else {
    const leaf = /\.?([a-zA-Z]+)(?:\[\d+\])?(?:\.(\w+))?$/.exec(rest);
    const known: Record<string, Parameters<Translate>[0]> = {
      code: 'drafting.entry.code',
      heading: 'drafting.entry.heading',
      reasons: 'drafting.entry.reasons',
      relatedControlsText: 'drafting.entry.relatedText',
      references: 'drafting.entry.related',
      definitions: 'drafting.entry.terms',
      correlations: 'drafting.entry.correlations',
      term: 'drafting.definition.term',
      text: 'drafting.definition.text',
    };
    const name = leaf?.[2] && known[leaf[2]] && leaf[1] !== 'references' && leaf[1] !== 'correlations' ? leaf[2] : leaf?.[1];
    if (name && known[name]) parts.push(t(known[name]));
  }
  return parts.join(', ');
}
