import { createHash } from 'node:crypto';
import { inclusionProof, leafHash, merkleRoot, MerkleTree, nodeHash, verifyInclusion } from './merkle-tree';

/** RFC 6962 §2.1's definition, recursively, as the reference the iterative tree must agree with. */
function referenceRoot(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return createHash('sha256').digest();
  if (leaves.length === 1) return leaves[0];
  let split = 1;
  while (split * 2 < leaves.length) split *= 2;
  return nodeHash(referenceRoot(leaves.slice(0, split)), referenceRoot(leaves.slice(split)));
}

/** RFC 6962 §2.1.1's PATH(m, D[n]), recursively. */
function referencePath(index: number, leaves: Buffer[]): Buffer[] {
  if (leaves.length <= 1) return [];
  let split = 1;
  while (split * 2 < leaves.length) split *= 2;
  return index < split
    ? [...referencePath(index, leaves.slice(0, split)), referenceRoot(leaves.slice(split))]
    : [...referencePath(index - split, leaves.slice(split)), referenceRoot(leaves.slice(0, split))];
}

// The inputs and roots of the Certificate Transparency implementations' RFC 6962 test data (certificate-transparency-go, merkle tests).
const VECTOR_LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((hex) => Buffer.from(hex, 'hex'));
const VECTOR_ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

const leavesOf = (n: number) => Array.from({ length: n }, (_, i) => leafHash(Buffer.from(`leaf ${i}`)));
const hex = (hashes: Buffer[]) => hashes.map((hash) => hash.toString('hex'));

describe('RFC 6962 Merkle tree', () => {
  it('hashes the empty tree as SHA-256 of nothing', () => {
    expect(merkleRoot([]).toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('gives the Certificate Transparency test roots for 1 to 8 leaves', () => {
    const hashes = VECTOR_LEAVES.map(leafHash);
    expect(VECTOR_ROOTS.map((_, i) => merkleRoot(hashes.slice(0, i + 1)).toString('hex'))).toEqual(VECTOR_ROOTS);
  });

  it('gives the Certificate Transparency audit paths in the 8-leaf tree', () => {
    const hashes = VECTOR_LEAVES.map(leafHash);
    expect(hex(inclusionProof(hashes, 0))).toEqual([
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
    expect(hex(inclusionProof(hashes.slice(0, 5), 4))).toEqual(['d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7']);
  });

  it.each(Array.from({ length: 17 }, (_, i) => i + 1))('agrees with the recursive definition and verifies every leaf of a %i-leaf tree', (n) => {
    const leaves = leavesOf(n);
    const tree = new MerkleTree(leaves);
    expect(tree.root.equals(referenceRoot(leaves))).toBe(true);
    for (let index = 0; index < n; index++) {
      const path = tree.proof(index);
      expect(hex(path)).toEqual(hex(referencePath(index, leaves)));
      expect(verifyInclusion(leaves[index], index, n, path, tree.root)).toBe(true);
    }
  });

  it.each([2, 3, 5, 7, 8, 13, 17])('refuses a wrong leaf, index, size, path or root in a %i-leaf tree', (n) => {
    const leaves = leavesOf(n);
    const tree = new MerkleTree(leaves);
    const last = n - 1;
    const path = tree.proof(last);
    const other = leafHash(Buffer.from('not in the tree'));
    expect(verifyInclusion(other, last, n, path, tree.root)).toBe(false);
    expect(verifyInclusion(leaves[last], last - 1, n, path, tree.root)).toBe(false);
    expect(verifyInclusion(leaves[last], last, n + 1, path, tree.root)).toBe(false);
    expect(verifyInclusion(leaves[last], last, n, [...path, other], tree.root)).toBe(false);
    expect(verifyInclusion(leaves[last], last, n, path.slice(1), tree.root)).toBe(false);
    expect(verifyInclusion(leaves[last], last, n, path, other)).toBe(false);
    expect(verifyInclusion(leaves[last], n, n, path, tree.root)).toBe(false);
  });

  it('has no proof for a leaf outside the tree', () => {
    expect(() => new MerkleTree(leavesOf(3)).proof(3)).toThrow(RangeError);
    expect(() => new MerkleTree([]).proof(0)).toThrow(RangeError);
  });
});
