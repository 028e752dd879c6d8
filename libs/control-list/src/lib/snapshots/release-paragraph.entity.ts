import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ParagraphKind } from '../list-document';
import { ReleaseEntryEntity } from './release-entry.entity';

@Entity('release_paragraph')
@Check('release_paragraph_kind_known', `"kind" IN ('ITEM', 'NOTE', 'TECHNICAL_NOTE', 'NB', 'DECONTROL_NOTE')`)
// A paragraph hangs below its own entry: `5A001` or `5A001.j.1.a`.
@Check(
  'release_paragraph_path_in_entry',
  `("path" = "entry_code" OR starts_with("path", "entry_code" || '.')) AND "path" ~ '^[0-9][A-E][0-9]{3}(\\.[a-z0-9]+)*$'`,
)
@Check('release_paragraph_position_natural', `"position" >= 0`)
export class ReleaseParagraphEntity {
  @PrimaryColumn({ type: 'uuid' })
  releaseId: string;

  @PrimaryColumn({ type: 'text' })
  entryCode: string;

  /** Document order within the entry. */
  @PrimaryColumn({ type: 'integer' })
  position: number;

  @ManyToOne(() => ReleaseEntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'release_id', referencedColumnName: 'releaseId', foreignKeyConstraintName: 'release_paragraph_entry_fk' },
    { name: 'entry_code', referencedColumnName: 'code' },
  ])
  entry?: ReleaseEntryEntity;

  @Column({ type: 'text' })
  path: string;

  @Column({ type: 'text' })
  kind: ParagraphKind;

  @Column({ type: 'text' })
  text: string;
}
