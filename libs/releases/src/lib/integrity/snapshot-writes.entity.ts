import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row, which every statement that writes a snapshot table bumps in its own transaction (a statement trigger set
 * to fire even in a replica-role session): a reader that finds it as it was knows no snapshot row has changed since,
 * without reading them (see ReleaseIntegrity). Never read through TypeORM; the entity is here for the migrations.
 */
@Entity('snapshot_writes')
@Check('snapshot_writes_one_row', `"id"`)
export class SnapshotWritesEntity {
  @PrimaryColumn({ type: 'boolean', default: true })
  id: boolean;

  /** Statements that wrote a snapshot table. */
  @Column({ type: 'bigint', default: 0 })
  count: string;
}
