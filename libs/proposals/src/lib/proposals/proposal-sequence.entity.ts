import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last reference number given out per year; incremented atomically (INSERT … ON CONFLICT … RETURNING). */
@Entity('proposal_sequence')
export class ProposalSequenceEntity {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  last: number;
}
