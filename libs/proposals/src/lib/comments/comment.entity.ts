import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '@concord/auth';
import { ProposalRevisionEntity } from '../proposals/proposal-revision.entity';

@Entity('proposal_comment')
// Retraction removes the words and keeps the fact that something was said.
@Check('proposal_comment_retraction_clears_body', `("retracted_at" IS NULL) = ("body" IS NOT NULL)`)
@Check('proposal_comment_body_size', `"body" IS NULL OR length(btrim("body")) BETWEEN 1 AND 10000`)
@Check('proposal_comment_anchor_needs_change', `"paragraph_path" IS NULL OR "change_index" IS NOT NULL`)
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  proposalId: string;

  @Column({ type: 'integer' })
  revisionNumber: number;

  @ManyToOne(() => ProposalRevisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'proposal_id', referencedColumnName: 'proposalId', foreignKeyConstraintName: 'proposal_comment_revision_fk' },
    { name: 'revision_number', referencedColumnName: 'number' },
  ])
  revision?: ProposalRevisionEntity;

  /** Index of the change in the revision's change set the comment is about, if any. */
  @Column({ type: 'integer', nullable: true })
  changeIndex: number | null;

  @Column({ type: 'text', nullable: true })
  paragraphPath: string | null;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'proposal_comment_parent_fk' })
  parent?: CommentEntity;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'proposal_comment_author_fk' })
  author?: UserEntity;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  /** Number of edits so far; each edit keeps the previous text in proposal_comment_edit. */
  @Column({ type: 'integer', default: 0 })
  editCount: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  retractedAt: Date | null;
}
