import { Check, Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { ReleaseEntity } from '@concord/control-list';

/**
 * A release's signed head: its version, the whole document's digest and the Merkle root over its entries and
 * definitions, signed apart from the document so that a consumer can check one entry (with its inclusion proof)
 * without downloading the list. Written with the document at sealing and never changed (a trigger refuses it).
 */
@Entity('release_head')
@Check('release_head_algorithm_known', `"algorithm" = 'Ed25519'`)
@Check('release_head_key_id_present', `length("key_id") > 0`)
@Check('release_head_root_sha256', `"merkle_root" ~ '^[0-9a-f]{64}$'`)
export class ReleaseHeadEntity {
  @PrimaryColumn({ type: 'uuid' })
  releaseId: string;

  @OneToOne(() => ReleaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'release_id', foreignKeyConstraintName: 'release_head_release_fk' })
  release?: ReleaseEntity;

  /** The RFC 8785 canonical bytes of the head, exactly what was signed. */
  @Column({ type: 'bytea' })
  bytes: Buffer;

  /** The head's Merkle root, also inside `bytes`: kept apart so a page of releases reads it without parsing. */
  @Column({ type: 'char', length: 64 })
  merkleRoot: string;

  @Column({ type: 'text' })
  keyId: string;

  @Column({ type: 'text' })
  algorithm: string;

  /** Base64 of the 64-byte Ed25519 signature over `bytes`. */
  @Column({ type: 'text' })
  signature: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
