import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@concord/auth';
import { ProposalEntity, ProposalRevisionEntity } from '@concord/proposals';
import { BallotOutcome, BallotRule, BallotStatus } from '../decision/ballot-terms';

/**
 * A vote on one proposal revision. Opened OPEN, its deadline only ever extended; it ends once: CLOSED by the
 * secretariat or at its deadline, when the outcome and the tally are written, or CANCELLED with a reason and no
 * outcome. An ended ballot never changes again (a trigger refuses it).
 */
@Entity('ballot')
@Index('ballot_by_proposal', ['proposalId', 'openedAt'])
@Check('ballot_rule_known', `"rule" IN ('CONSENSUS', 'SILENCE', 'QUALIFIED_MAJORITY')`)
@Check('ballot_status_known', `"status" IN ('OPEN', 'CLOSED', 'CANCELLED')`)
@Check('ballot_outcome_known', `"outcome" IS NULL OR "outcome" IN ('ADOPTED', 'REJECTED', 'LAPSED')`)
@Check('ballot_closes_after_opening', `"closes_at" > "opened_at"`)
@Check('ballot_quorum_fraction', `"quorum" IS NULL OR ("quorum" > 0 AND "quorum" <= 1)`)
@Check('ballot_threshold_majority', `"threshold" IS NULL OR ("threshold" > 0.5 AND "threshold" <= 1)`)
// SILENCE has no quorum (silence is consent); only a qualified majority has a threshold.
@Check('ballot_rule_parameters', `("quorum" IS NULL) = ("rule" = 'SILENCE') AND ("threshold" IS NULL) = ("rule" <> 'QUALIFIED_MAJORITY')`)
@Check('ballot_eligible_positive', `"eligible_count" >= 1`)
@Check(
  'ballot_closed_with_result',
  `("status" = 'CLOSED') = ("outcome" IS NOT NULL AND "outcome_reason" IS NOT NULL AND "tally_support" IS NOT NULL
    AND "tally_abstain" IS NOT NULL AND "tally_object" IS NOT NULL AND "tally_reservation" IS NOT NULL AND "tally_not_voted" IS NOT NULL)`,
)
@Check('ballot_ended_when_not_open', `("status" = 'OPEN') = ("closed_at" IS NULL)`)
@Check('ballot_cancelled_with_reason', `("status" = 'CANCELLED') = ("cancel_reason" IS NOT NULL) AND ("cancel_reason" IS NULL OR length(btrim("cancel_reason")) BETWEEN 1 AND 2000)`)
export class BallotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'ballot_proposal_fk' })
  proposal?: ProposalEntity;

  @Column({ type: 'integer' })
  revisionNumber: number;

  @ManyToOne(() => ProposalRevisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'proposal_id', referencedColumnName: 'proposalId', foreignKeyConstraintName: 'ballot_revision_fk' },
    { name: 'revision_number', referencedColumnName: 'number' },
  ])
  revision?: ProposalRevisionEntity;

  @Column({ type: 'text' })
  rule: BallotRule;

  @Column({ type: 'text', default: BallotStatus.OPEN })
  status: BallotStatus;

  /** Fraction of the eligible states that must take a position (any of the four). */
  @Column({ type: 'double precision', nullable: true })
  quorum: number | null;

  /** Share of SUPPORT in SUPPORT + OBJECT needed to adopt under a qualified majority. */
  @Column({ type: 'double precision', nullable: true })
  threshold: number | null;

  /** States ACTIVE when the ballot opened; they alone may take a position (ballot_eligible_state). */
  @Column({ type: 'integer' })
  eligibleCount: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  openedAt: Date;

  @Column({ type: 'uuid' })
  openedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opened_by_id', foreignKeyConstraintName: 'ballot_opened_by_fk' })
  openedBy?: UserEntity;

  @Column({ type: 'timestamptz' })
  closesAt: Date;

  /** When it closed or was cancelled. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Why the secretariat cancelled it, for every participant. */
  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;

  /** Who closed or cancelled it; null when the scheduler closed it at the deadline. */
  @Column({ type: 'uuid', nullable: true })
  closedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'closed_by_id', foreignKeyConstraintName: 'ballot_closed_by_fk' })
  closedBy?: UserEntity;

  @Column({ type: 'text', nullable: true })
  outcome: BallotOutcome | null;

  @Column({ type: 'text', nullable: true })
  outcomeReason: string | null;

  @Column({ type: 'integer', nullable: true })
  tallySupport: number | null;

  @Column({ type: 'integer', nullable: true })
  tallyAbstain: number | null;

  @Column({ type: 'integer', nullable: true })
  tallyObject: number | null;

  @Column({ type: 'integer', nullable: true })
  tallyReservation: number | null;

  @Column({ type: 'integer', nullable: true })
  tallyNotVoted: number | null;
}
