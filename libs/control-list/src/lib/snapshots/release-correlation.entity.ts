import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { CorrelationRelation, CustomsScheme } from '../list-document';
import { ReleaseEntryEntity } from './release-entry.entity';

/** How an entry maps to a customs nomenclature code. */
@Entity('release_correlation')
@Check('release_correlation_scheme_known', `"scheme" IN ('HS2022', 'CN')`)
@Check('release_correlation_relation_known', `"relation" IN ('SAME', 'BROADER', 'NARROWER', 'PARTIAL')`)
@Check('release_correlation_code_digits', `"code" ~ '^[0-9]{2,10}$'`)
@Check('release_correlation_position_natural', `"position" >= 0`)
export class ReleaseCorrelationEntity {
  @PrimaryColumn({ type: 'uuid' })
  releaseId: string;

  @PrimaryColumn({ type: 'text' })
  entryCode: string;

  @PrimaryColumn({ type: 'integer' })
  position: number;

  @ManyToOne(() => ReleaseEntryEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'release_id', referencedColumnName: 'releaseId', foreignKeyConstraintName: 'release_correlation_entry_fk' },
    { name: 'entry_code', referencedColumnName: 'code' },
  ])
  entry?: ReleaseEntryEntity;

  @Column({ type: 'text' })
  scheme: CustomsScheme;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  relation: CorrelationRelation;
}
