import { createPublicKey, KeyObject, verify } from 'node:crypto';
import canonicalize from 'canonicalize';

export const AUDIT_CHECKPOINT_FORMAT = 'concord-audit-checkpoint/1' as const;

/** What a checkpoint states: the chain's head at an instant. */
export interface AuditCheckpointStatement {
  format: typeof AUDIT_CHECKPOINT_FORMAT;
  /** The last event's sequence. */
  sequence: number;
  /** The last event's hash, hex. */
  hash: string;
  /** ISO 8601 instant of signing. */
  at: string;
}

/** Same shape as a release document's signature (DocumentSignature in @concord/releases). */
export interface CheckpointSignature {
  keyId: string;
  algorithm: 'Ed25519';
  /** Base64 of the Ed25519 signature over the canonical bytes of `signed`. */
  value: string;
}

/** The shared signed envelope of issue 15: signatures over the RFC 8785 bytes of `signed`. */
export interface SignedAuditCheckpoint {
  signed: AuditCheckpointStatement;
  signatures: CheckpointSignature[];
}

/** A public key a verifier trusts: SPKI PEM, or its DER in base64. */
export interface TrustedCheckpointKey {
  keyId: string;
  publicKey: string;
}

export function checkpointBytes(statement: AuditCheckpointStatement): Buffer {
  return Buffer.from(canonicalize(statement)!, 'utf8');
}

/**
 * Parses what a holder kept (a file, a release document's `auditCheckpoint`, the API's answer) and checks that a
 * trusted key signed it. Returns the problem in words, or the checkpoint.
 */
export function verifiedCheckpoint(value: unknown, keys: readonly TrustedCheckpointKey[]): SignedAuditCheckpoint | string {
  const envelope = value as Partial<SignedAuditCheckpoint> | null;
  const signed = envelope?.signed;
  if (
    !signed ||
    signed.format !== AUDIT_CHECKPOINT_FORMAT ||
    !Number.isSafeInteger(signed.sequence) ||
    signed.sequence < 1 ||
    typeof signed.hash !== 'string' ||
    !/^[0-9a-f]{64}$/.test(signed.hash) ||
    typeof signed.at !== 'string' ||
    !Array.isArray(envelope.signatures)
  ) {
    return `not a ${AUDIT_CHECKPOINT_FORMAT} envelope ({ signed: { format, sequence, hash, at }, signatures })`;
  }
  const statement: AuditCheckpointStatement = { format: signed.format, sequence: signed.sequence, hash: signed.hash, at: signed.at };
  const bytes = checkpointBytes(statement);
  const byId = new Map(keys.map((key) => [key.keyId, key.publicKey]));
  const trusted = envelope.signatures.find((signature) => {
    const publicKey = signature?.algorithm === 'Ed25519' ? byId.get(signature.keyId) : undefined;
    return publicKey !== undefined && typeof signature.value === 'string' && verify(null, bytes, keyObject(publicKey), Buffer.from(signature.value, 'base64'));
  });
  if (!trusted) return `checkpoint ${signed.sequence} carries no valid Ed25519 signature by a trusted key (${envelope.signatures.map((s) => s?.keyId).join(', ') || 'none'})`;
  return { signed: statement, signatures: envelope.signatures };
}

function keyObject(publicKey: string): KeyObject {
  const text = publicKey.trim();
  return text.startsWith('-----BEGIN') ? createPublicKey(text) : createPublicKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' });
}
