import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { AccessPolicy, Actor, Permission } from '@concord/auth';
import { EntryKey, entryKeyOf, readEntries } from '@concord/control-list';
import { byKeys, DomainError, ErrorCode } from '@concord/shared/graphql';
import { leafHash } from '../documents/merkle-tree';
import { leafBytes, ReleaseHead, SignedReleaseHead } from '../documents/release-merkle';
import { ReleaseErrorReason } from '../release-error-reason';
import { SIGNATURE_ALGORITHM } from '../signing/release-signature';
import { InclusionProof } from './inclusion-proof.model';
import { ReleaseIntegrity } from './release-integrity';

export interface StoredHead {
  releaseId: string;
  merkleRoot: string;
  envelope: SignedReleaseHead;
}

/** What lets a consumer check one entry alone: its exact bytes, its path to the root, and the signed head holding that root. */
@Injectable()
export class ReleaseProofService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessPolicy,
    private readonly integrity: ReleaseIntegrity,
  ) {}

  /** Per-request loader of the signed heads: a page of releases costs one query. */
  readonly heads = () =>
    new DataLoader<string, StoredHead | null>(async (releaseIds) => {
      const rows = await this.db.query<{ release_id: string; bytes: Buffer; merkle_root: string; key_id: string; signature: string }[]>(
        `SELECT release_id, bytes, merkle_root, key_id, signature FROM release_head WHERE release_id = ANY($1::uuid[])`,
        [[...releaseIds]],
      );
      const heads = rows.map((row): StoredHead => ({
        releaseId: row.release_id,
        merkleRoot: row.merkle_root,
        envelope: {
          signed: JSON.parse(row.bytes.toString('utf8')) as ReleaseHead,
          signatures: [{ keyId: row.key_id, algorithm: SIGNATURE_ALGORITHM, value: row.signature }],
        },
      }));
      return byKeys(releaseIds, heads, (head) => head.releaseId);
    });

  async head(actor: Actor, releaseId: string, loader: DataLoader<string, StoredHead | null>): Promise<StoredHead | null> {
    this.access.assert(actor, Permission.READ_RELEASES);
    return loader.load(releaseId);
  }

  /**
   * Per-request loader of entries' canonical bytes, from the snapshot rows: a page costs the entry reader's few
   * queries. Each is checked against the signed leaf the proof starts from, so bytes that no longer hash to it
   * (a row changed after the release was first verified) are refused, not served with a proof that fails.
   */
  readonly canonicalEntries = () =>
    new DataLoader<EntryKey, string, string>(
      async (keys) => {
        const releaseIds = [...new Set(keys.map((key) => key.releaseId))];
        const verified = new Map(await Promise.all(releaseIds.map(async (id) => [id, await this.integrity.release(id)] as const)));
        const rows = await readEntries(this.db.manager, { releaseIds, codes: [...new Set(keys.map((key) => key.code))] });
        const bytes = new Map(rows.map(({ releaseId, entry }) => [entryKeyOf(releaseId, entry.code), leafBytes(entry)]));
        return keys.map(({ releaseId, code }) => {
          const text = bytes.get(entryKeyOf(releaseId, code));
          const release = verified.get(releaseId);
          const signed = release && release.tree.leaf(release.entryLeaf.get(code) ?? -1);
          if (!text || (release && (!signed || !signed.equals(leafHash(text))))) {
            return new DomainError(ErrorCode.INTERNAL, ReleaseErrorReason.RELEASE_TAMPERED, `Entry ${code} no longer matches its release's signed document: refused`);
          }
          return text.toString('utf8');
        });
      },
      { cacheKeyFn: (key) => entryKeyOf(key.releaseId, key.code) },
    );

  async canonical(actor: Actor, key: EntryKey, loader: DataLoader<EntryKey, string, string>): Promise<string> {
    this.access.assert(actor, Permission.READ_RELEASES);
    return loader.load(key);
  }

  /** From the leaves kept in memory per release: no query and no hashing of the list per request. */
  async inclusionProof(actor: Actor, { releaseId, code }: EntryKey): Promise<InclusionProof | null> {
    this.access.assert(actor, Permission.READ_RELEASES);
    const release = await this.integrity.release(releaseId);
    const leafIndex = release?.entryLeaf.get(code);
    if (!release?.committed || leafIndex === undefined) return null;
    return { leafIndex, treeSize: release.tree.size, path: release.tree.proof(leafIndex).map((hash) => hash.toString('hex')) };
  }
}
