import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CommentEntity } from './comment.entity';

/** The text a comment had before its n-th edit. */
@Entity('proposal_comment_edit')
export class CommentEditEntity {
  @PrimaryColumn({ type: 'uuid' })
  commentId: string;

  @PrimaryColumn({ type: 'integer' })
  edit: number;

  @ManyToOne(() => CommentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'proposal_comment_edit_comment_fk' })
  comment?: CommentEntity;

  @Column({ type: 'text' })
  previousBody: string;

  @CreateDateColumn({ type: 'timestamptz' })
  editedAt: Date;
}
