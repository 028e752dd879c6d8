/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { LocaleProvider } from '../../app/i18n/locale-provider';
import { castingCapacity, quorumStatus, reasonMessage, timeLeft } from './ballot-logic';
import { PositionBadge, ReasonText, TallyTable } from './ballot-parts';

const tally = { support: 3, abstain: 1, object: 0, reservation: 1, notVoted: 5, eligible: 10 };

describe('ballot logic', () => {
  it('counts the quorum as the API does: every position taken, abstentions included', () => {
    expect(quorumStatus(tally, 0.5)).toEqual({ taken: 5, needed: 5, eligible: 10, met: true });
    expect(quorumStatus({ ...tally, notVoted: 6, support: 2 }, 0.5)).toMatchObject({ taken: 4, met: false });
    expect(quorumStatus(tally, 2 / 3)).toMatchObject({ needed: 7, met: false });
    expect(quorumStatus(tally, null)).toBeNull();
  });

  it('lets heads and current acting heads cast, never a plain delegate or the secretariat', () => {
    const acting = [{ current: true, delegate: { id: 'd1' } }];
    expect(castingCapacity({ id: 'h', role: 'HEAD_OF_DELEGATION', state: { id: 's' } }, [])).toBe('HEAD_OF_DELEGATION');
    expect(castingCapacity({ id: 'd1', role: 'DELEGATE', state: { id: 's' } }, acting)).toBe('ACTING_HEAD');
    expect(castingCapacity({ id: 'd1', role: 'DELEGATE', state: { id: 's' } }, [{ current: false, delegate: { id: 'd1' } }])).toBeNull();
    expect(castingCapacity({ id: 'd2', role: 'DELEGATE', state: { id: 's' } }, acting)).toBeNull();
    expect(castingCapacity({ id: 'x', role: 'SECRETARIAT', state: null }, [])).toBeNull();
  });

  it('reads time left in the largest natural unit', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    expect(timeLeft('2026-01-15T00:00:00Z', now)).toEqual({ value: 14, unit: 'day' });
    expect(timeLeft('2026-01-01T05:00:00Z', now)).toEqual({ value: 5, unit: 'hour' });
    expect(timeLeft('2026-01-01T00:20:00Z', now)).toEqual({ value: 20, unit: 'minute' });
  });

  it('never lets an unknown reason code through', () => {
    expect(reasonMessage('OBJECTION_STANDS')).toBe('ballots.reason.OBJECTION_STANDS');
    expect(reasonMessage('SOMETHING_NEW')).toBe('ballots.reason.unknown');
    expect(reasonMessage(null)).toBe('ballots.reason.unknown');
  });
});

describe('ballot parts', () => {
  it('shows the tally per position with the quorum in words', () => {
    render(
      <LocaleProvider locale="en">
        <TallyTable tally={tally} quorum={0.5} caption="Count" />
      </LocaleProvider>,
    );
    const table = screen.getByRole('table', { name: 'Count' });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;
    expect(within(row('Support')).getByRole('cell').textContent).toBe('3');
    expect(within(row('Reservation')).getByRole('cell').textContent).toBe('1');
    expect(within(row('No position')).getByRole('cell').textContent).toBe('5');
    expect(screen.getByText('Quorum reached: 5 of 10 states took a position, 5 needed.')).toBeTruthy();
  });

  it('names positions and reasons in the reader’s language', () => {
    const { container } = render(
      <LocaleProvider locale="fr">
        <PositionBadge position="RESERVATION" /> <ReasonText reason="RESERVATION_STANDS" />
      </LocaleProvider>,
    );
    expect(container.textContent).toBe('Réserve Au moins un État maintient une réserve, ce qui bloque l’adoption tant qu’elle dure.');
  });
});
