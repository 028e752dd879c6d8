import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** The prev_hash of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * How an event's hash is computed. Rows keep the version they were written with, so events written before the
 * content digest existed stay verifiable by whoever reads them in full.
 */
export enum ChainVersion {
  /** `SHA-256(prev_hash || canonical fields)`: only a reader of every field can recompute it. */
  WHOLE_EVENT = 1,
  /** `SHA-256(canonical link)`, the link naming a salted digest of the content: a reader of the link alone can. */
  CONTENT_DIGEST = 2,
}

/** Everything an event asserts; the hash covers all of it. */
export interface ChainedFields {
  id: string;
  sequence: number;
  occurredAt: Date;
  actorKind: string;
  actorId: string | null;
  stateId: string | null;
  action: string;
  objectType: string;
  objectId: string;
  summary: Record<string, unknown>;
}

/** What a version-2 hash covers directly; everything else it covers through `contentHash`. */
export interface ChainLinkFields {
  id: string;
  sequence: number;
  occurredAt: Date;
  prevHash: string;
  contentHash: string;
}

/**
 * RFC 8785 canonical JSON of the fields, so the bytes hashed at write time can be rebuilt from the row: jsonb keeps
 * neither key order nor formatting, and timestamps are compared as ISO strings with milliseconds (what a Date holds).
 */
export function canonicalEventFields(fields: ChainedFields): string {
  return canonicalize({
    v: 1,
    id: fields.id,
    sequence: fields.sequence,
    occurredAt: fields.occurredAt.toISOString(),
    actor: { kind: fields.actorKind, id: fields.actorId },
    stateId: fields.stateId,
    action: fields.action,
    object: { type: fields.objectType, id: fields.objectId },
    summary: fields.summary,
  })!;
}

/** Version 1: `hash = SHA-256(prev_hash || canonical event fields)`, hex. */
export function chainHash(prevHash: string, fields: ChainedFields): string {
  return createHash('sha256').update(prevHash, 'utf8').update(canonicalEventFields(fields), 'utf8').digest('hex');
}

/**
 * Version 2: the digest of what a delegation may be refused. The random salt (never shown with a redacted event)
 * keeps a reader from confirming a guess of the hidden content against the digest.
 */
export function contentHash(fields: ChainedFields, salt: string): string {
  return sha256Hex(
    canonicalize({
      v: ChainVersion.CONTENT_DIGEST,
      salt,
      actor: { kind: fields.actorKind, id: fields.actorId },
      stateId: fields.stateId,
      action: fields.action,
      object: { type: fields.objectType, id: fields.objectId },
      summary: fields.summary,
    })!,
  );
}

/** Version 2: `hash = SHA-256(canonical { v, id, sequence, occurredAt, prevHash, contentHash })`, hex. */
export function linkHash(link: ChainLinkFields): string {
  return sha256Hex(
    canonicalize({
      v: ChainVersion.CONTENT_DIGEST,
      id: link.id,
      sequence: link.sequence,
      occurredAt: link.occurredAt.toISOString(),
      prevHash: link.prevHash,
      contentHash: link.contentHash,
    })!,
  );
}

/**
 * What the database will give back for a summary: plain JSON (dates as ISO strings, undefined dropped). Hashing
 * the normalized form is what lets the verifier recompute the same hash later.
 */
export function normalizedSummary(summary: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(summary)) as Record<string, unknown>;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
