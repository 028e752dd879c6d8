import { createHash, createPublicKey, KeyObject, sign, verify } from 'node:crypto';

export const SIGNATURE_ALGORITHM = 'Ed25519';

export interface DocumentSignature {
  keyId: string;
  algorithm: typeof SIGNATURE_ALGORITHM;
  /** Base64 of the 64-byte signature over the canonical bytes. */
  value: string;
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The raw 32-byte Ed25519 public key, the last 32 bytes of its SPKI DER. */
export function rawPublicKey(key: KeyObject): Buffer {
  return key.export({ format: 'der', type: 'spki' }).subarray(-32);
}

/** First 16 hex digits of the SHA-256 of the raw public key: stable across PEM/DER spellings of one key. */
export function keyIdOf(publicKey: KeyObject): string {
  return sha256Hex(rawPublicKey(publicKey)).slice(0, 16);
}

export function signBytes(bytes: Uint8Array, privateKey: KeyObject, keyId: string): DocumentSignature {
  return { keyId, algorithm: SIGNATURE_ALGORITHM, value: sign(null, bytes, privateKey).toString('base64') };
}

/** A public key as published or configured: SPKI PEM, or its DER in base64. */
export function parsePublicKey(value: string): KeyObject {
  const text = value.trim();
  const key = text.startsWith('-----BEGIN')
    ? createPublicKey(text)
    : createPublicKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('not an Ed25519 public key');
  return key;
}

export function signatureMatches(bytes: Uint8Array, signature: string, publicKey: KeyObject): boolean {
  const value = Buffer.from(signature, 'base64');
  return value.length === 64 && verify(null, bytes, publicKey, value);
}

/** `Concord-Signature` header: `keyId=…, algorithm=Ed25519, value=…`. */
export function signatureHeader(signature: DocumentSignature): string {
  return `keyId=${signature.keyId}, algorithm=${signature.algorithm}, value=${signature.value}`;
}

export function parseSignatureHeader(header: string): DocumentSignature | undefined {
  const fields = Object.fromEntries(
    header.split(',').map((part) => {
      const at = part.indexOf('=');
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()];
    }),
  );
  if (!fields['keyId'] || fields['algorithm'] !== SIGNATURE_ALGORITHM || !fields['value']) return undefined;
  return { keyId: fields['keyId'], algorithm: SIGNATURE_ALGORITHM, value: fields['value'] };
}
