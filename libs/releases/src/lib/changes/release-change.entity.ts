import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ReleaseEntity } from '@concord/control-list';
import { ProposalEntity } from '@concord/proposals';

export enum ChangeSubject {
  ENTRY = 'ENTRY',
  DEFINITION = 'DEFINITION',
}

export enum ReleaseChangeKind {
  ADDED = 'ADDED',
  AMENDED = 'AMENDED',
  REMOVED = 'REMOVED',
}

/**
 * One line of a release's changelog against its predecessor: an entry (by code) or a definition (by term) as it was
 * and as it became. Written before the release is sealed by its document; a trigger refuses any change afterwards.
 */
@Entity('release_change')
@Unique('release_change_position_unique', ['releaseId', 'position'])
@Index('release_change_code_idx', ['code'])
@Check('release_change_subject_known', `"subject" IN ('ENTRY', 'DEFINITION')`)
@Check('release_change_kind_known', `"kind" IN ('ADDED', 'AMENDED', 'REMOVED')`)
@Check('release_change_names_its_subject', `("subject" = 'ENTRY') = ("code" IS NOT NULL) AND ("code" IS NULL) = ("term" IS NOT NULL)`)
@Check(
  'release_change_sides',
  `("kind" = 'ADDED' AND "before" IS NULL AND "after" IS NOT NULL) OR ("kind" = 'AMENDED' AND "before" IS NOT NULL AND "after" IS NOT NULL) OR ("kind" = 'REMOVED' AND "before" IS NOT NULL)`,
)
export class ReleaseChangeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  releaseId: string;

  @ManyToOne(() => ReleaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'release_id', foreignKeyConstraintName: 'release_change_release_fk' })
  release?: ReleaseEntity;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  subject: ChangeSubject;

  @Column({ type: 'text', nullable: true })
  code: string | null;

  @Column({ type: 'text', nullable: true })
  term: string | null;

  @Column({ type: 'text' })
  kind: ReleaseChangeKind;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  /** The adopted proposal that made this change; null for imported baselines. */
  @Column({ type: 'uuid', nullable: true })
  proposalId: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'release_change_proposal_fk' })
  proposal?: ProposalEntity;
}
