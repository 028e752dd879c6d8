import { useEffect, useId, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { FormattedDate } from 'react-intl';
import { useT } from '../../app/i18n/use-t';
import type { MessageId } from '../../app/i18n/catalog';
import { ErrorNotice } from '../../ui/error-notice';
import { Loading } from '../../ui/loading';
import { paragraphClass } from '../../ui/paragraph-layout';
import { Segments } from '../../ui/redline';
import { diffRevisions, RevisionText } from './revision-diff';
import { PROPOSAL_REVISION_TEXTS } from './proposals.operations';

export interface RevisionSummary {
  number: number;
  title: string;
  createdAt: string;
  author: { displayName: string };
}

const FIELD_LABELS: Record<string, MessageId> = {
  title: 'proposals.field.title',
  heading: 'proposals.field.heading',
  status: 'proposals.field.status',
  reasons: 'proposals.field.reasons',
  term: 'proposals.field.term',
  text: 'proposals.field.text',
};

/** The word-by-word difference between two revisions' changes, as the redline marks it. */
export function RevisionDiffView({ from, to }: { from: RevisionText; to: RevisionText }) {
  const t = useT();
  const difference = diffRevisions(from, to);
  const changed = difference.changes.filter((change) => change.difference !== 'UNCHANGED');
  return (
    <div className="revision-diff" data-testid="revision-diff">
      <p className="revision-diff-summary">{t('proposals.compare.summary', { from: from.number, to: to.number })}</p>
      {difference.title.change !== 'UNCHANGED' && (
        <p>
          <strong>{t('proposals.field.title')}:</strong> <Segments segments={difference.title.segments} />
        </p>
      )}
      {changed.length === 0 && difference.title.change === 'UNCHANGED' && <p>{t('proposals.compare.nothing')}</p>}
      {changed.map((change) => (
        <section key={change.key} className="revision-diff-change" aria-label={`${t(`proposals.kind.${change.kind}` as MessageId)} ${change.subject}`}>
          <h4>
            {t(`proposals.kind.${change.kind}` as MessageId)} {change.subject} — {t(`proposals.compare.${change.difference}`, { to: to.number })}
          </h4>
          {change.fields.some((field) => field.change !== 'UNCHANGED') && (
            <dl className="redline-fields">
              {change.fields
                .filter((field) => field.change !== 'UNCHANGED')
                .map((field) => (
                  <div key={field.field}>
                    <dt>{FIELD_LABELS[field.field] ? t(FIELD_LABELS[field.field]) : field.field}</dt>
                    <dd>
                      <Segments segments={field.segments} />
                    </dd>
                  </div>
                ))}
            </dl>
          )}
          {change.paragraphs.some((paragraph) => paragraph.change !== 'UNCHANGED') && (
            <ol className="redline-paragraphs" aria-label={t('ui.paragraphs')}>
              {change.paragraphs
                .filter((paragraph) => paragraph.change !== 'UNCHANGED')
                .map((paragraph) => (
                  <li key={`${paragraph.path}:${paragraph.kind}`} className={`${paragraphClass(paragraph.path, paragraph.kind)} change-${paragraph.change.toLowerCase()}`}>
                    <span className="paragraph-path">{paragraph.path}</span> <Segments segments={paragraph.segments} />
                  </li>
                ))}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}

/** Every revision with its author and date, and any two of them compared. */
export function Revisions({ proposalId, revisions }: { proposalId: string; revisions: RevisionSummary[] }) {
  const t = useT();
  const id = useId();
  const latest = revisions[revisions.length - 1]?.number ?? 1;
  const [choice, setChoice] = useState<{ from: number; to: number } | null>(null);
  const from = choice?.from ?? Math.max(1, latest - 1);
  const to = choice?.to ?? latest;
  // Not cached: the revisions' full texts would otherwise overwrite the page's lighter copy of the same field.
  const texts = useQuery(PROPOSAL_REVISION_TEXTS, { variables: { id: proposalId }, skip: revisions.length < 2, fetchPolicy: 'no-cache' });
  const fetchedFor = useRef(latest);
  const { refetch } = texts;
  useEffect(() => {
    // A new revision arrived (live or after an edit): fetch the texts again to compare it too.
    if (fetchedFor.current === latest || revisions.length < 2) return;
    fetchedFor.current = latest;
    void refetch();
  }, [latest, revisions.length, refetch]);
  const byNumber = new Map((texts.data?.proposal.revisions ?? []).map((revision) => [revision.number, revision]));
  const fromText = byNumber.get(from);
  const toText = byNumber.get(to);
  return (
    <>
      <table className="revision-table">
        <caption>{t('proposals.revisions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('proposals.col.revision')}</th>
            <th scope="col">{t('proposals.revisions.author')}</th>
            <th scope="col">{t('proposals.revisions.date')}</th>
            <th scope="col">{t('proposals.col.title')}</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((revision) => (
            <tr key={revision.number}>
              <th scope="row">{t('proposals.revisionNumber', { number: revision.number })}</th>
              <td>{revision.author.displayName}</td>
              <td>
                <FormattedDate value={revision.createdAt} dateStyle="medium" timeStyle="short" />
              </td>
              <td>{revision.title}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 id={`${id}-compare`}>{t('proposals.compare')}</h3>
      {revisions.length < 2 ? (
        <p>{t('proposals.compare.only')}</p>
      ) : (
        <>
          <div className="revision-pickers" role="group" aria-labelledby={`${id}-compare`}>
            <div className="field">
              <label htmlFor={`${id}-from`}>{t('proposals.compare.from')}</label>
              <select id={`${id}-from`} value={from} onChange={(event) => setChoice({ from: Number(event.target.value), to })}>
                {revisions.map((revision) => (
                  <option key={revision.number} value={revision.number}>
                    {t('proposals.revisionNumber', { number: revision.number })}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-to`}>{t('proposals.compare.to')}</label>
              <select id={`${id}-to`} value={to} onChange={(event) => setChoice({ from, to: Number(event.target.value) })}>
                {revisions.map((revision) => (
                  <option key={revision.number} value={revision.number}>
                    {t('proposals.revisionNumber', { number: revision.number })}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <ErrorNotice error={texts.error} onRetry={() => void texts.refetch()} />
          {texts.loading && <Loading />}
          <div aria-live="polite">
            {from === to ? (
              <p>{t('proposals.compare.same')}</p>
            ) : (
              fromText && toText && <RevisionDiffView from={fromText} to={toText} />
            )}
          </div>
        </>
      )}
    </>
  );
}
