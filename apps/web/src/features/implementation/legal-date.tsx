import { useIntl } from 'react-intl';

/** A calendar date of national law (YYYY-MM-DD): the same day wherever it is read, so formatted in UTC. */
export function LegalDate({ value }: { value: string }) {
  const intl = useIntl();
  return <time dateTime={value}>{intl.formatDate(`${value}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' })}</time>;
}
