import { Link } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import type { DraftFieldsFragment } from '../../graphql/graphql';
import { Redline, RedlineField, RedlineParagraph } from '../../ui/redline';

/** What publishing would change, entry by entry, each as a redline against the latest release. */
export function DraftChangelog({ changes }: { changes: DraftFieldsFragment['changes'] }) {
  const t = useT();
  if (changes.length === 0) return <p>{t('secretariat.release.noChanges')}</p>;
  return (
    <ol className="changelog">
      {changes.map((change) => {
        const subject = change.code ?? change.term ?? '';
        return (
          <li key={`${change.subject}:${subject}`}>
            <h3>
              {t(`secretariat.change.${change.kind}`)}{' '}
              {change.code ? <Link to={`/list/entries/${change.code}`}>{change.code}</Link> : <q>{change.term}</q>}
              {change.proposals.length > 0 && <span className="hint"> · {change.proposals.join(', ')}</span>}
            </h3>
            <Redline fields={change.redline.fields as RedlineField[]} paragraphs={change.redline.paragraphs as RedlineParagraph[]} />
          </li>
        );
      })}
    </ol>
  );
}
