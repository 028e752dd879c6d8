import { Check, Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { ReleaseEntity } from '@concord/control-list';

/**
 * A release's canonical document exactly as signed: the RFC 8785 bytes, their SHA-256 and the Ed25519 signature.
 * Written once in the publishing transaction and never changed (a trigger refuses updates and deletes), so the bytes
 * can be served and cached forever.
 */
@Entity('release_document')
@Check('release_document_digest_sha256', `"digest" ~ '^[0-9a-f]{64}$'`)
@Check('release_document_algorithm_known', `"algorithm" = 'Ed25519'`)
@Check('release_document_key_id_present', `length("key_id") > 0`)
export class ReleaseDocumentEntity {
  @PrimaryColumn({ type: 'uuid' })
  releaseId: string;

  @OneToOne(() => ReleaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'release_id', foreignKeyConstraintName: 'release_document_release_fk' })
  release?: ReleaseEntity;

  @Column({ type: 'text' })
  format: string;

  /** The canonical JSON, byte for byte what was signed. */
  @Column({ type: 'bytea' })
  bytes: Buffer;

  @Column({ type: 'char', length: 64 })
  digest: string;

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
