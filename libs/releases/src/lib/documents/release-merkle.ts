import canonicalize from 'canonicalize';
import { EntityManager } from 'typeorm';
import type { ListDefinition, ListEntry } from '@concord/control-list';
import { SigningKeyring } from '../signing/signing-keyring';
import { DocumentSignature } from '../signing/release-signature';
import { leafHash, MERKLE_ALGORITHM, MerkleTree } from './merkle-tree';

export const MERKLE_LEAVES = 'list.entries then list.definitions, in document order, each as its RFC 8785 canonical JSON (UTF-8)' as const;
export const RELEASE_HEAD_FORMAT = 'concord-release-head/1' as const;

/** The document's commitment to its list, leaf by leaf, so that one entry can be proved part of it. */
export interface ReleaseMerkle {
  algorithm: typeof MERKLE_ALGORITHM;
  /** Hex of the RFC 6962 root over the leaves. */
  root: string;
  leafCount: number;
  /** Leaves 0 … entryCount − 1 are the entries; the rest are the definitions. */
  entryCount: number;
  leaves: typeof MERKLE_LEAVES;
}

/** What a consumer needs to check one entry of a release, signed apart from the document (see docs/integrity-merkle.md). */
export interface ReleaseHead {
  format: typeof RELEASE_HEAD_FORMAT;
  version: string;
  publishedAt: string;
  /** SHA-256 (hex) of the whole signed document: the head and the document vouch for each other. */
  digest: string;
  merkle: ReleaseMerkle;
}

/** `{ signed, signatures }`, the one envelope for signed metadata. */
export interface SignedReleaseHead {
  signed: ReleaseHead;
  signatures: DocumentSignature[];
}

interface MerkleList {
  entries: readonly ListEntry[];
  definitions: readonly ListDefinition[];
}

/** One leaf's bytes: the RFC 8785 form of an entry or definition, the same bytes as its place in the document. */
export function leafBytes(value: ListEntry | ListDefinition): Buffer {
  return Buffer.from(canonicalize(value) as string, 'utf8');
}

export function listLeafHashes(list: MerkleList): Buffer[] {
  return [...list.entries, ...list.definitions].map((value) => leafHash(leafBytes(value)));
}

export function merkleOf(leafHashes: readonly Buffer[], entryCount: number): ReleaseMerkle {
  return { algorithm: MERKLE_ALGORITHM, root: new MerkleTree(leafHashes).root.toString('hex'), leafCount: leafHashes.length, entryCount, leaves: MERKLE_LEAVES };
}

export const canonicalHead = (head: ReleaseHead) => Buffer.from(canonicalize(head) as string, 'utf8');

/** Signs and stores the head, in the sealing transaction, so the head exists exactly when the document does. */
export async function sealReleaseHead(manager: EntityManager, keyring: SigningKeyring, releaseId: string, head: ReleaseHead): Promise<void> {
  const bytes = canonicalHead(head);
  const signature = keyring.sign(bytes);
  await manager.query(
    `INSERT INTO release_head (release_id, bytes, merkle_root, key_id, algorithm, signature) VALUES ($1, $2, $3, $4, $5, $6)`,
    [releaseId, bytes, head.merkle.root, signature.keyId, signature.algorithm, signature.value],
  );
}
