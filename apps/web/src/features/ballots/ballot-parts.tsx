import { useIntl } from 'react-intl';
import type { MessageId } from '../../app/i18n/catalog';
import { useT } from '../../app/i18n/use-t';
import { quorumStatus, reasonMessage, TallyCounts, timeLeft } from './ballot-logic';

/** "closes in 3 days", in the reader's language, with the exact date and time for those who want it. */
export function Deadline({ closesAt }: { closesAt: string }) {
  const t = useT();
  const intl = useIntl();
  const { value, unit } = timeLeft(closesAt);
  const exact = intl.formatDate(closesAt, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <span className="deadline">
      {t('ballots.closesLeft', { left: intl.formatRelativeTime(value, unit, { numeric: 'auto' }) })}{' '}
      (<time dateTime={closesAt}>{exact}</time>)
    </span>
  );
}

export function DateTime({ value }: { value: string }) {
  const intl = useIntl();
  return <time dateTime={value}>{intl.formatDate(value, { dateStyle: 'medium', timeStyle: 'short' })}</time>;
}

/** A position as a word with a shape beside it, so colour is never the only signal. */
export function PositionBadge({ position }: { position: string }) {
  const t = useT();
  return <span className={`position position-${position.toLowerCase()}`}>{t(`ballots.position.${position}` as MessageId)}</span>;
}

const ROWS = ['support', 'object', 'reservation', 'abstain'] as const;

/** Counts per position, who took none, and whether the quorum is reached. */
export function TallyTable({ tally, quorum, caption }: { tally: TallyCounts; quorum: number | null | undefined; caption: string }) {
  const t = useT();
  const status = quorumStatus(tally, quorum);
  return (
    <>
      <table className="tally">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ballots.positions.position')}</th>
            <th scope="col">{t('ballots.tally.count')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row}>
              <th scope="row">{t(`ballots.position.${row.toUpperCase()}` as MessageId)}</th>
              <td>{tally[row]}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('ballots.tally.notVoted')}</th>
            <td>{tally.notVoted}</td>
          </tr>
          <tr>
            <th scope="row">{t('ballots.tally.eligible')}</th>
            <td>{tally.eligible}</td>
          </tr>
        </tbody>
      </table>
      <p className="quorum">
        {status
          ? t(status.met ? 'ballots.tally.quorumMet' : 'ballots.tally.quorumNotMet', { taken: status.taken, eligible: status.eligible, needed: status.needed })
          : t('ballots.tally.noQuorum')}
      </p>
    </>
  );
}

export function ReasonText({ reason }: { reason: string | null | undefined }) {
  const t = useT();
  return <>{t(reasonMessage(reason))}</>;
}
