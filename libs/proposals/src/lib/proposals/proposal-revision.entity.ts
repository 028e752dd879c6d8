import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@concord/auth';
import { ReleaseEntity } from '@concord/control-list';
import type { Change } from '../change-set/change';
import type { RevisionMerge } from '../rebase/revision-merge';
import { ProposalEntity } from './proposal.entity';

export interface Justification {
  humanRightsRisk: string;
  evidenceOfMisuse: string;
  foreignAvailability: string;
  controllability: string;
  clarity: string;
}

/**
 * One version of a proposal's content. Never updated or deleted (a trigger refuses it): a ballot votes on one
 * revision, and comments point at the revision they were made on.
 */
@Entity('proposal_revision')
@Check('proposal_revision_number_positive', `"number" >= 1`)
@Check('proposal_revision_title_present', `length(btrim("title")) BETWEEN 1 AND 200`)
@Check('proposal_revision_changes_array', `jsonb_typeof("changes") = 'array'`)
export class ProposalRevisionEntity {
  @PrimaryColumn({ type: 'uuid' })
  proposalId: string;

  @PrimaryColumn({ type: 'integer' })
  number: number;

  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'proposal_revision_proposal_fk' })
  proposal?: ProposalEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  rationale: string;

  @Column({ type: 'jsonb' })
  justification: Justification;

  /** The release this revision's changes were written against; a rebase moves the next revision to a newer one. */
  @Column({ type: 'uuid' })
  baseReleaseId: string;

  @ManyToOne(() => ReleaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'base_release_id', foreignKeyConstraintName: 'proposal_revision_base_release_fk' })
  baseRelease?: ReleaseEntity;

  @Column({ type: 'jsonb' })
  changes: Change[];

  /** On a rebase: the changes whose base had moved, which the sponsor merged by supplying new text. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  merges: RevisionMerge[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  warnings: string[];

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'proposal_revision_created_by_fk' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /**
   * What `proposals(search:)` matches, stored with the revision (which never changes) rather than computed over
   * every visible proposal per query. The GIN index is written by hand in the migration (TypeORM cannot declare its
   * access method); synchronize: false keeps the schema diff from dropping it.
   */
  @Index('proposal_revision_search', { synchronize: false })
  @Column({
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: `to_tsvector('english', "title" || ' ' || "rationale" || ' ' || "changes"::text)`,
    select: false,
    insert: false,
    update: false,
  })
  search: string;
}
