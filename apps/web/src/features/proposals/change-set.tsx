import { useT } from '../../app/i18n/use-t';
import type { MessageId } from '../../app/i18n/catalog';
import type { ProposalPageQuery } from '../../graphql/graphql';
import { Redline } from '../../ui/redline';

type Change = ProposalPageQuery['proposal']['revision']['changes'][number];

/** The change set of one revision, each change with its redline against the base release. */
export function ChangeSet({ changes }: { proposalId: string; revision: number; changes: Change[] }) {
  const t = useT();
  return (
    <ol className="change-set">
      {changes.map((change) => (
        <li key={change.index}>
          <h3>{t('proposals.change.heading', { number: change.index + 1, kind: t(`proposals.kind.${change.kind}` as MessageId), subject: change.code ?? change.term ?? '' })}</h3>
          <Redline fields={change.redline.fields} paragraphs={change.redline.paragraphs} />
        </li>
      ))}
    </ol>
  );
}
