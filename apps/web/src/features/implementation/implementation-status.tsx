import type { MessageId } from '../../app/i18n/catalog';
import { useT } from '../../app/i18n/use-t';
import type { DeviationReason, ImplementationStatus } from '../../graphql/graphql';

export const STATUSES: ImplementationStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'IMPLEMENTED', 'IMPLEMENTED_WITH_DEVIATIONS'];
export const REASONS: DeviationReason[] = ['NOT_TRANSPOSED', 'NARROWER_SCOPE', 'BROADER_SCOPE', 'DELAYED', 'OTHER'];

export const statusLabel = (status: ImplementationStatus): MessageId => `implementation.status.${status}` as MessageId;
export const reasonLabel = (reason: DeviationReason): MessageId => `implementation.reason.${reason}` as MessageId;

/** The status in words; the colour only repeats what the words say. */
export function StatusBadge({ status }: { status: ImplementationStatus }) {
  const t = useT();
  return <span className={`implementation-status implementation-${status.toLowerCase().replace(/_/g, '-')}`}>{t(statusLabel(status))}</span>;
}
