import { useIntl } from 'react-intl';
import type { PrimitiveType } from 'react-intl';
import type { MessageId } from './catalog';

export type Translate = (id: MessageId, values?: Record<string, PrimitiveType>) => string;

/** Message ids are checked against the catalog at compile time. */
export function useT(): Translate {
  const intl = useIntl();
  return (id, values) => intl.formatMessage({ id }, values);
}
