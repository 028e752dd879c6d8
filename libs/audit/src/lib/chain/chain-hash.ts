import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** The prev_hash of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

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

/** `hash = SHA-256(prev_hash || canonical event fields)`, hex. */
export function chainHash(prevHash: string, fields: ChainedFields): string {
  return createHash('sha256').update(prevHash, 'utf8').update(canonicalEventFields(fields), 'utf8').digest('hex');
}

/**
 * What the database will give back for a summary: plain JSON (dates as ISO strings, undefined dropped). Hashing
 * the normalized form is what lets the verifier recompute the same hash later.
 */
export function normalizedSummary(summary: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(summary)) as Record<string, unknown>;
}
