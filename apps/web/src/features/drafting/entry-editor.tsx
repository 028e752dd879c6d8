import { problemsAt } from '../../errors/describe-error';
import type { CorrelationRelation, CustomsScheme, DraftingVocabularyQuery } from '../../graphql/graphql';
import { useT } from '../../app/i18n/use-t';
import { EntryDraft, fieldId, newKey, RELATIONS, removeAt, replaceAt } from './change-set';
import { Field, GroupProblems, useProblems } from './field';
import { ParagraphsEditor } from './paragraphs-editor';

export type Vocabulary = DraftingVocabularyQuery['listVocabulary'];

interface Props {
  entry: EntryDraft;
  /** e.g. changes[0].entry */
  path: string;
  /** An amendment keeps its code: shown, not edited. */
  codeFixed?: boolean;
  vocabulary: Vocabulary;
  onChange(entry: EntryDraft): void;
}

const PRODUCT_GROUPS = ['A', 'B', 'C', 'D', 'E'] as const;

/** The whole entry as it would read after the change. */
export function EntryEditor({ entry, path, codeFixed, vocabulary, onChange }: Props) {
  const t = useT();
  const problems = useProblems();
  const set = (patch: Partial<EntryDraft>) => onChange({ ...entry, ...patch });
  const category = /^[0-9]/.test(entry.code) ? entry.code[0] : null;
  const group = (PRODUCT_GROUPS as readonly string[]).includes(entry.code[1] ?? '') ? (entry.code[1] as (typeof PRODUCT_GROUPS)[number]) : null;
  const reasonProblems = problemsAt(problems, `${path}.reasons`);
  const reasonsId = fieldId(`${path}.reasons`);

  return (
    <div className="drafting-entry">
      <GroupProblems path={path} />
      {!codeFixed && (
        <Field path={`${path}.code`} label={t('drafting.entry.code')} hint={t('drafting.entry.codeHint')}>
          <input value={entry.code} spellCheck={false} autoComplete="off" onChange={(e) => set({ code: e.target.value.toUpperCase() })} />
        </Field>
      )}
      <p className="drafting-derived" aria-live="polite">
        {category ? t('drafting.entry.category', { category }) : t('drafting.entry.categoryUnknown')}
        {' · '}
        {group ? t(`drafting.group.${group}`) : t('drafting.entry.groupUnknown')}
      </p>
      <Field path={`${path}.heading`} label={t('drafting.entry.heading')}>
        <textarea rows={2} value={entry.heading} onChange={(e) => set({ heading: e.target.value })} />
      </Field>
      <fieldset id={reasonsId} className={reasonProblems.length ? 'drafting-reasons field-invalid' : 'drafting-reasons'} aria-describedby={reasonProblems.length ? `${reasonsId}-error` : undefined}>
        <legend>{t('drafting.entry.reasons')}</legend>
        {reasonProblems.length > 0 && (
          <ul className="field-error" id={`${reasonsId}-error`}>
            {reasonProblems.map((p) => (
              <li key={`${p.field}:${p.message}`}>{p.message}</li>
            ))}
          </ul>
        )}
        <ul className="drafting-checkboxes">
          {vocabulary.reasons.map((reason) => (
            <li key={reason.code}>
              <label>
                <input
                  type="checkbox"
                  checked={entry.reasons.includes(reason.code)}
                  onChange={(e) => set({ reasons: e.target.checked ? [...entry.reasons, reason.code] : entry.reasons.filter((r) => r !== reason.code) })}
                />{' '}
                {reason.code} — {reason.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <ParagraphsEditor entry={entry} path={path} onChange={onChange} />

      <h4>{t('drafting.entry.related')}</h4>
      <Field path={`${path}.relatedControlsText`} label={t('drafting.entry.relatedText')}>
        <textarea rows={2} value={entry.relatedControlsText} onChange={(e) => set({ relatedControlsText: e.target.value })} />
      </Field>
      <GroupProblems path={`${path}.references`} />
      {entry.references.length > 0 && (
        <ul className="drafting-rows">
          {entry.references.map((reference, r) => (
            <li key={reference.key} className="drafting-row">
              <Field path={`${path}.references[${r}].regime`} label={t('drafting.reference.regime', { n: r + 1 })}>
                <select value={reference.regime} onChange={(e) => set({ references: replaceAt(entry.references, r, { ...reference, regime: e.target.value }) })}>
                  {vocabulary.regimes.map((regime) => (
                    <option key={regime.code} value={regime.code}>
                      {regime.code} — {regime.name}
                    </option>
                  ))}
                </select>
              </Field>
              <Field path={`${path}.references[${r}].code`} label={t('drafting.reference.code', { n: r + 1 })}>
                <input value={reference.code} onChange={(e) => set({ references: replaceAt(entry.references, r, { ...reference, code: e.target.value }) })} />
              </Field>
              <button type="button" className="danger" onClick={() => set({ references: removeAt(entry.references, r) })}>
                {t('drafting.reference.remove', { n: r + 1 })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={() => set({ references: [...entry.references, { key: newKey(), regime: vocabulary.regimes[0]?.code ?? 'WA', code: '' }] })}>
        {t('drafting.reference.add')}
      </button>

      <Field path={`${path}.definitions`} label={t('drafting.entry.terms')} hint={t('drafting.entry.termsHint')}>
        <textarea rows={2} value={entry.terms} onChange={(e) => set({ terms: e.target.value })} />
      </Field>

      <h4>{t('drafting.entry.correlations')}</h4>
      <GroupProblems path={`${path}.correlations`} />
      {entry.correlations.length > 0 && (
        <ul className="drafting-rows">
          {entry.correlations.map((correlation, c) => {
            const update = (patch: Partial<typeof correlation>) => set({ correlations: replaceAt(entry.correlations, c, { ...correlation, ...patch }) });
            return (
              <li key={correlation.key} className="drafting-row">
                <Field path={`${path}.correlations[${c}].scheme`} label={t('drafting.correlation.scheme', { n: c + 1 })}>
                  <select value={correlation.scheme} onChange={(e) => update({ scheme: e.target.value as CustomsScheme })}>
                    {vocabulary.customsSchemes.map((scheme) => (
                      <option key={scheme.code} value={scheme.code}>
                        {scheme.code}
                      </option>
                    ))}
                  </select>
                </Field>
                <Field
                  path={`${path}.correlations[${c}].code`}
                  label={t('drafting.correlation.code', { n: c + 1 })}
                  hint={t('drafting.correlation.codeHint', { lengths: vocabulary.customsSchemes.find((s) => s.code === correlation.scheme)?.codeLengths.join(', ') ?? '' })}
                >
                  <input inputMode="numeric" value={correlation.code} onChange={(e) => update({ code: e.target.value })} />
                </Field>
                <Field path={`${path}.correlations[${c}].relation`} label={t('drafting.correlation.relation', { n: c + 1 })}>
                  <select value={correlation.relation} onChange={(e) => update({ relation: e.target.value as CorrelationRelation })}>
                    {RELATIONS.map((relation) => (
                      <option key={relation} value={relation}>
                        {t(`drafting.relation.${relation}`)}
                      </option>
                    ))}
                  </select>
                </Field>
                <button type="button" className="danger" onClick={() => set({ correlations: removeAt(entry.correlations, c) })}>
                  {t('drafting.correlation.remove', { n: c + 1 })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button
        type="button"
        onClick={() => set({ correlations: [...entry.correlations, { key: newKey(), scheme: (vocabulary.customsSchemes[0]?.code ?? 'HS2022') as CustomsScheme, code: '', relation: 'SAME' }] })}
      >
        {t('drafting.correlation.add')}
      </button>
    </div>
  );
}
