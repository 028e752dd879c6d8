import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ParticipatingStateEntity } from '../states/participating-state.entity';

export enum ApiClientScope {
  /** Pull published releases, diffs, history and signing keys. */
  RELEASES_READ = 'RELEASES_READ',
}

@Entity('api_client')
@Unique('api_client_key_id_unique', ['keyId'])
@Check('api_client_scopes_known', `"scopes" <@ ARRAY['RELEASES_READ']::text[] AND cardinality("scopes") > 0`)
@Check('api_client_key_id_format', `"key_id" ~ '^[0-9a-f]{16}$'`)
export class ApiClientEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'uuid' })
  stateId: string;

  @ManyToOne(() => ParticipatingStateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'state_id' })
  state?: ParticipatingStateEntity;

  @Column({ type: 'text', array: true })
  scopes: ApiClientScope[];

  /** Public half of the key, used to find the row; the secret half is only ever stored as a hash. */
  @Column({ type: 'char', length: 16 })
  keyId: string;

  @Column({ type: 'text', select: false })
  secretHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}
