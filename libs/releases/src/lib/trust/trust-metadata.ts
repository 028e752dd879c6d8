import type { SignedEnvelope } from '../signing/signed-envelope';

export const ROOT_FORMAT = 'concord-root/1' as const;
export const TIMESTAMP_FORMAT = 'concord-timestamp/1' as const;

export interface TrustKey {
  algorithm: 'Ed25519';
  /** SPKI PEM. */
  publicKey: string;
}

/** A release key's place in the release role: it may sign releases published within [validFrom, validUntil). */
export interface ReleaseKeyGrant {
  keyId: string;
  validFrom: string;
  /** Null: until further notice (a later root version closes the window or revokes the key). */
  validUntil: string | null;
  /** A revoked key signs nothing that is trusted, whatever the dates say: a compromised key's old signatures included. */
  revoked: boolean;
}

export interface ThresholdRole {
  keyIds: string[];
  threshold: number;
}

/**
 * The root of trust, TUF-style: which keys hold which role. Signed by a threshold of its own root keys and, from
 * version 2 on, also by a threshold of the previous version's, so a consumer pinned on version 1 follows every rotation.
 */
export interface RootMetadata {
  format: typeof ROOT_FORMAT;
  version: number;
  expires: string;
  keys: Record<string, TrustKey>;
  roles: {
    root: ThresholdRole;
    release: { keys: ReleaseKeyGrant[]; threshold: 1 };
    timestamp: ThresholdRole;
  };
}

/** What is newest right now, signed by the timestamp role and short-lived, so a frozen mirror is noticed. */
export interface TimestampStatement {
  format: typeof TIMESTAMP_FORMAT;
  rootVersion: number;
  /** The newest release and its document's digest and length in bytes; null before the first release. */
  latest: { version: string; digest: string; length: number } | null;
  issuedAt: string;
  expires: string;
}

export type SignedRoot = SignedEnvelope<RootMetadata>;
export type SignedTimestamp = SignedEnvelope<TimestampStatement>;
