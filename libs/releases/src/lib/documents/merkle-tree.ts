import { createHash } from 'node:crypto';

/**
 * RFC 6962 (Certificate Transparency) Merkle trees over SHA-256, as RFC 9162 §2.1 specifies them: a leaf hashes as
 * SHA-256(0x00 || bytes), an interior node as SHA-256(0x01 || left || right), a tree of n > 1 leaves splits at the
 * largest power of two below n, and the empty tree's hash is SHA-256 of nothing. The distinct prefixes keep a leaf
 * from passing for a node (second-preimage attacks).
 */
export const MERKLE_ALGORITHM = 'RFC6962-SHA256' as const;

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

export function leafHash(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(bytes).digest();
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/**
 * Every level of the tree, leaves first. A level's last node without a sibling moves up unchanged: that builds the
 * same tree as RFC 6962's split at the largest power of two, without recursion, and keeps each subtree's hash so a
 * proof costs a lookup per level instead of rehashing the leaves.
 */
export class MerkleTree {
  private readonly levels: Buffer[][];

  constructor(leafHashes: readonly Buffer[]) {
    const levels: Buffer[][] = [[...leafHashes]];
    while (levels[levels.length - 1].length > 1) {
      const below = levels[levels.length - 1];
      const level: Buffer[] = [];
      for (let i = 0; i < below.length; i += 2) level.push(i + 1 < below.length ? nodeHash(below[i], below[i + 1]) : below[i]);
      levels.push(level);
    }
    this.levels = levels;
  }

  get size(): number {
    return this.levels[0].length;
  }

  leaf(index: number): Buffer | undefined {
    return this.levels[0][index];
  }

  get root(): Buffer {
    return this.size === 0 ? createHash('sha256').digest() : this.levels[this.levels.length - 1][0];
  }

  /** The audit path of one leaf (RFC 9162 §2.1.3.1), from the leaf's sibling up to the root's child. */
  proof(index: number): Buffer[] {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) throw new RangeError(`No leaf ${index} in a tree of ${this.size}`);
    const path: Buffer[] = [];
    let at = index;
    for (const level of this.levels.slice(0, -1)) {
      const sibling = at ^ 1;
      if (sibling < level.length) path.push(level[sibling]);
      at >>= 1;
    }
    return path;
  }
}

export function merkleRoot(leafHashes: readonly Buffer[]): Buffer {
  return new MerkleTree(leafHashes).root;
}

export function inclusionProof(leafHashes: readonly Buffer[], index: number): Buffer[] {
  return new MerkleTree(leafHashes).proof(index);
}

/**
 * RFC 9162 §2.1.3.2, step by step: true when `path` leads from the leaf at `index` of a tree of `treeSize` leaves to
 * `root`. Needs nothing but the leaf's hash, so a consumer checks one entry without the rest of the list.
 */
export function verifyInclusion(leaf: Uint8Array, index: number, treeSize: number, path: readonly Uint8Array[], root: Uint8Array): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(treeSize) || index < 0 || index >= treeSize) return false;
  let fn = BigInt(index);
  let sn = BigInt(treeSize - 1);
  let hash: Buffer = Buffer.from(leaf);
  for (const sibling of path) {
    if (sn === 0n) return false;
    if ((fn & 1n) === 1n || fn === sn) {
      hash = nodeHash(sibling, hash);
      while ((fn & 1n) === 0n && fn !== 0n) {
        fn >>= 1n;
        sn >>= 1n;
      }
    } else {
      hash = nodeHash(hash, sibling);
    }
    fn >>= 1n;
    sn >>= 1n;
  }
  return sn === 0n && hash.equals(Buffer.from(root));
}
