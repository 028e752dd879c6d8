import { generateKeyPairSync } from 'node:crypto';
import type { ListDefinition, ListEntry } from '@concord/control-list';
import { SigningKeyring } from '../signing/signing-keyring';
import { MerkleTree } from './merkle-tree';
import { canonicalHead, leafBytes, listLeafHashes, merkleOf, RELEASE_HEAD_FORMAT, SignedReleaseHead } from './release-merkle';
import { verifyEntryInclusion } from './verify-entry-inclusion';

const entry = (code: string): ListEntry => ({
  code,
  heading: `Heading of ${code}`,
  status: 'ACTIVE',
  reasons: ['NS'],
  paragraphs: [],
  relatedControls: { text: null, references: [] },
  definitions: [],
  correlations: [],
});

describe('verifyEntryInclusion', () => {
  const list = { entries: ['1A001', '2B002', '3C003'].map(entry), definitions: [{ term: 'laser', text: 'A device' }, { term: 'x', text: 'y' }] as ListDefinition[] };
  const leaves = listLeafHashes(list);
  const tree = new MerkleTree(leaves);
  const keyring = new SigningKeyring(generateKeyPairSync('ed25519').privateKey, undefined);
  const keys = keyring.keys.map(({ keyId, publicKey }) => ({ keyId, publicKey }));
  const signed = { format: RELEASE_HEAD_FORMAT, version: '2026.3', publishedAt: '2026-12-03T09:00:00.000Z', digest: 'ab'.repeat(32), merkle: merkleOf(leaves, 3) };
  const head: SignedReleaseHead = { signed, signatures: [keyring.sign(canonicalHead(signed))] };
  const proofOf = (index: number) => ({ leafIndex: index, treeSize: tree.size, path: tree.proof(index).map((hash) => hash.toString('hex')) });

  it('accepts every entry with its proof, from the head as text or parsed', () => {
    list.entries.forEach((value, index) => {
      const request = { canonical: leafBytes(value), proof: proofOf(index), keys, code: value.code, version: '2026.3' };
      expect(verifyEntryInclusion({ ...request, head })).toMatchObject({ ok: true, entry: value, head: signed });
      expect(verifyEntryInclusion({ ...request, head: JSON.stringify(head) })).toMatchObject({ ok: true });
    });
  });

  it('refuses a definition leaf passed off as an entry, even with its valid proof', () => {
    const definition = leafBytes(list.definitions[0]);
    expect(verifyEntryInclusion({ canonical: definition, proof: proofOf(3), head, keys })).toMatchObject({ ok: false, problem: 'MALFORMED' });
    const lookalike = Buffer.from(JSON.stringify({ code: '9Z999' }));
    expect(verifyEntryInclusion({ canonical: lookalike, proof: proofOf(3), head, keys })).toMatchObject({ ok: false, problem: 'NOT_INCLUDED' });
  });

  it('refuses a head that is not a signed release head, and a proof path that is not hashes', () => {
    const canonical = leafBytes(list.entries[0]);
    expect(verifyEntryInclusion({ canonical, proof: proofOf(0), head: '{"signed":{}}', keys })).toMatchObject({ ok: false, problem: 'MALFORMED' });
    expect(verifyEntryInclusion({ canonical, proof: proofOf(0), head: 'not json', keys })).toMatchObject({ ok: false, problem: 'MALFORMED' });
    const proof = { ...proofOf(0), path: ['zz', ...proofOf(0).path.slice(1)] };
    expect(verifyEntryInclusion({ canonical, proof, head, keys })).toMatchObject({ ok: false, problem: 'MALFORMED' });
    expect(verifyEntryInclusion({ canonical, proof: { ...proofOf(0), treeSize: 4 }, head, keys })).toMatchObject({ ok: false, problem: 'NOT_INCLUDED' });
  });
});
