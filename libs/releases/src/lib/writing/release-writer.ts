import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { contentDigest, ListDocument, ListSource, ReleaseEntity, ReleaseSource } from '@concord/control-list';
import { ConcordConfig } from '@concord/shared/config';
import { conflict } from '@concord/shared/graphql';
import { Provenance, ReadSnapshot, SealedRelease, sealRelease } from '../documents/release-sealing';
import { SigningKeyring } from '../signing/signing-keyring';
import { ReleaseErrorReason } from '../release-error-reason';
import { TrustRefusal } from '../trust/trust-problem';
import { TrustStore } from '../trust/trust-store';
import { putInForce } from './put-in-force';
import { SnapshotCounts, SnapshotProgress, writeSnapshot } from './snapshot-writer';

/**
 * Serialises every release write (a baseline import, a publication, the first-start seed) until the caller's
 * transaction ends, so that two writers never both find the same version free.
 */
export async function lockReleaseWrites(manager: EntityManager): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('concord:release-write'))`);
}

export interface NewRelease {
  version: string;
  source: ReleaseSource;
  origin: ListSource | null;
  effectiveFrom: string | null;
  list: Pick<ListDocument, 'format' | 'entries' | 'definitions'>;
}

export interface ReleaseWriteOptions {
  provenance?: Provenance;
  /** The predecessor's snapshot, when the caller read it in this transaction (a publication's base). */
  predecessor?: ReadSnapshot;
  onProgress?: SnapshotProgress;
  /** Called once the snapshot rows are written, before the release is sealed from them: the list is not read after. */
  onWritten?: () => void;
}

export interface WrittenRelease extends SealedRelease {
  release: ReleaseEntity;
  written: SnapshotCounts;
}

/**
 * The one sequence by which a release comes to exist, for a baseline import and a publication alike: the release row,
 * its snapshot, putting it in force, then the changelog and the signed document. The caller holds the release-write
 * lock and has done its own checks; everything happens in the caller's transaction.
 */
@Injectable()
export class ReleaseWriter {
  constructor(
    private readonly keyring: SigningKeyring,
    private readonly trust: TrustStore,
  ) {}

  /** Outside the API (the CLI, a test on a bare data source): signed with the key the configuration names. */
  static fromConfig(config: ConcordConfig): ReleaseWriter {
    const keyring = SigningKeyring.fromConfig(config);
    return new ReleaseWriter(keyring, TrustStore.fromConfig(config, keyring));
  }

  async write(manager: EntityManager, release: NewRelease, options: ReleaseWriteOptions = {}): Promise<WrittenRelease> {
    const releases = manager.getRepository(ReleaseEntity);
    const draft = await releases.save(
      releases.create({
        version: release.version,
        source: release.source,
        origin: release.origin,
        contentDigest: contentDigest(release.list),
        effectiveFrom: release.effectiveFrom,
      }),
    );
    const written = await writeSnapshot(manager, draft.id, release.list, options.onProgress);
    options.onWritten?.();
    await putInForce(manager, draft.id);
    const stored = await releases.findOneByOrFail({ id: draft.id });
    this.assertTrustedKey(stored.publishedAt!);
    const sealed = await sealRelease(manager, this.keyring, stored, options.provenance, options.predecessor);
    return { release: stored, written, ...sealed };
  }

  /** A release signed by a key the newest root does not grant (retired, revoked, never enrolled) would be refused by every consumer. */
  private assertTrustedKey(publishedAt: Date): void {
    try {
      this.trust.assertReleaseKey(this.keyring.keyId, publishedAt);
    } catch (error) {
      if (!(error instanceof TrustRefusal)) throw error;
      throw conflict(`This server's signing key may not sign this release: ${error.message}`, ReleaseErrorReason.RELEASE_KEY_NOT_TRUSTED);
    }
  }
}
