import { Link } from 'react-router';
import { useT } from '../../app/i18n/use-t';

/** To the focused deliberation view of a proposal: its current revision's changes and their comments. */
export function DeliberationLink({ proposalId }: { proposalId: string }) {
  const t = useT();
  return <Link to={`/proposals/${proposalId}/deliberation`}>{t('deliberation.link')}</Link>;
}
