import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import type { EntryStatus } from '../list-document';
import { ReleaseEntity } from './release.entity';

/** An entry as it stands in one release. Immutable once the release is published. */
@Entity('release_entry')
@Unique('release_entry_position_unique', ['releaseId', 'position'])
// The same entry in other releases, whose search vector a new release's copy of it takes (see `search`).
@Index('release_entry_by_code', ['code'])
@Check('release_entry_code_grammar', `"code" ~ '^[0-9][A-E][0-9]{3}$'`)
@Check('release_entry_status_known', `"status" IN ('ACTIVE', 'RESERVED')`)
@Check('release_entry_heading_present', `length(btrim("heading")) > 0`)
@Check(
  'release_entry_reasons_codes',
  `array_to_string("reasons", ' ') ~ '^([A-Z][A-Z0-9]{0,9}( |$))*$'
    AND cardinality("reasons") = cardinality(array_remove(string_to_array(array_to_string("reasons", ' '), ' '), ''))`,
)
@Check('release_entry_position_natural', `"position" >= 0`)
export class ReleaseEntryEntity {
  @PrimaryColumn({ type: 'uuid' })
  releaseId: string;

  @PrimaryColumn({ type: 'text' })
  code: string;

  @ManyToOne(() => ReleaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'release_id', foreignKeyConstraintName: 'release_entry_release_fk' })
  release?: ReleaseEntity;

  /** Order in the released document. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  heading: string;

  @Column({ type: 'text' })
  status: EntryStatus;

  @Column({ type: 'text', array: true })
  reasons: string[];

  @Column({ type: 'text', nullable: true })
  relatedControlsText: string | null;

  /** Terms of the release's definitions that the entry uses. */
  @Column({ type: 'text', array: true })
  definitions: string[];

  /**
   * The paragraphs' text joined in order: the entry carries the text its search vector is built from, since the
   * vector's trigger reads only its own row; the snapshot is immutable, so the copy cannot drift from the paragraphs.
   */
  @Column({ type: 'text', select: false })
  body: string;

  /**
   * Set by the database on every write, never by Concord (a trigger replaces whatever is sent): from the heading and
   * the body, or copied from the same entry, unchanged, in another release (see the SearchVectorReuse migration).
   * Typographic quotes become spaces before parsing: under the C locale of the embedded server the text-search
   * parser counts them as letters, and “intrusion would never match intrusion. The GIN index is written by hand in a
   * migration (TypeORM cannot declare its access method); synchronize: false keeps the schema diff from dropping it.
   */
  @Index('release_entry_search', { synchronize: false })
  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  search: string;
}
