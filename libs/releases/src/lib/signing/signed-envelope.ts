import canonicalize from 'canonicalize';
import type { KeyObject } from 'node:crypto';
import { DocumentSignature, keyIdOf, parsePublicKey, SIGNATURE_ALGORITHM, signatureMatches, signBytes } from './release-signature';

/**
 * Every signed metadata file (root, timestamp, …): the object and its signatures, each over the RFC 8785 canonical
 * bytes of `signed`, so a verifier re-derives the bytes from the parsed file instead of trusting a byte stream.
 */
export interface SignedEnvelope<T> {
  signed: T;
  signatures: DocumentSignature[];
}

export interface EnvelopeSigner {
  keyId: string;
  privateKey: KeyObject;
}

export function signedBytes(signed: unknown): Buffer {
  const text = canonicalize(signed);
  if (text === undefined) throw new Error('Signed metadata must be JSON');
  return Buffer.from(text, 'utf8');
}

export function signEnvelope<T>(signed: T, signers: readonly EnvelopeSigner[]): SignedEnvelope<T> {
  const bytes = signedBytes(signed);
  return { signed, signatures: signers.map((signer) => signBytes(bytes, signer.privateKey, signer.keyId)) };
}

/** Adds signatures to an envelope (a root version signed by several offline key holders one after the other). */
export function countersign<T>(envelope: SignedEnvelope<T>, signers: readonly EnvelopeSigner[]): SignedEnvelope<T> {
  const added = signEnvelope(envelope.signed, signers).signatures;
  const kept = envelope.signatures.filter((signature) => !added.some((other) => other.keyId === signature.keyId));
  return { signed: envelope.signed, signatures: [...kept, ...added] };
}

/**
 * How many distinct keys among `allowed` (id → SPKI PEM) signed the envelope. Keys are counted by their raw public
 * key, not by id, so one key listed under two ids cannot meet a threshold of two on its own.
 */
export function countValidSignatures(envelope: SignedEnvelope<unknown>, allowed: ReadonlyMap<string, string>): number {
  const bytes = signedBytes(envelope.signed);
  const signers = new Set<string>();
  for (const signature of Array.isArray(envelope.signatures) ? envelope.signatures : []) {
    const pem = allowed.get(signature?.keyId);
    if (!pem || signature.algorithm !== SIGNATURE_ALGORITHM || typeof signature.value !== 'string') continue;
    const key = parsePublicKey(pem);
    if (signatureMatches(bytes, signature.value, key)) signers.add(keyIdOf(key));
  }
  return signers.size;
}
