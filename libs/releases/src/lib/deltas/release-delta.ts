import canonicalize from 'canonicalize';
import type { ListEntry } from '@concord/control-list';
import type { NormalisedScope } from '@concord/events';
import type { EntryInclusionProof } from '../documents/verify-entry-inclusion';
import type { SignedReleaseHead } from '../documents/release-merkle';
import type { DocumentSignature } from '../signing/release-signature';
import type { ReleaseChangeKind } from '../changes/release-change.entity';

export const RELEASE_DELTA_FORMAT = 'concord-release-delta/1' as const;
/** The Concord-Event header of a scoped webhook's delivery; its body is the delta document itself. */
export const RELEASE_DELTA_EVENT = 'release.delta' as const;

/** A release as a delta names it: what its signed head says, so the head can be checked against it. */
export interface DeltaRelease {
  version: string;
  publishedAt: string;
  /** SHA-256 (hex) of the release's signed document. */
  digest: string;
  /** The Merkle root in its signed head. */
  merkleRoot: string;
}

/** One entry in scope that the release changed, as it was in the predecessor and as it is now (null: absent). */
export interface DeltaChange {
  code: string;
  kind: ReleaseChangeKind;
  before: ListEntry | null;
  after: ListEntry | null;
}

/**
 * What the release key signs: every change to entries in `scope` between `previous` and `release`, in code order.
 * The signature is what makes the list complete (nothing in scope left out) and `previous` the release's own
 * predecessor (from its signed document); each entry's proof ties it to its release's signed head.
 */
export interface ReleaseDeltaStatement {
  format: typeof RELEASE_DELTA_FORMAT;
  scope: NormalisedScope;
  release: DeltaRelease;
  previous: DeltaRelease | null;
  changes: DeltaChange[];
}

/** Proofs of one change's sides, in the order of `signed.changes`: `before` against the predecessor's head, `after` against the release's. */
export interface DeltaProofs {
  code: string;
  before: EntryInclusionProof | null;
  after: EntryInclusionProof | null;
}

/** The delta document: pushed by subscription and webhook, served by the releaseDelta query, checked by verifyReleaseDelta. */
export interface ReleaseDeltaDocument {
  signed: ReleaseDeltaStatement;
  signatures: DocumentSignature[];
  heads: { release: SignedReleaseHead; previous: SignedReleaseHead | null };
  proofs: DeltaProofs[];
}

/** The document's RFC 8785 text: the same bytes in a webhook body, the query's `document` and the subscription's. */
export const deltaJson = (delta: ReleaseDeltaDocument): string => canonicalize(delta) as string;
