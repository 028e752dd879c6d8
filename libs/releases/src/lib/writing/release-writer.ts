import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { contentDigest, ListDocument, ListSource, ReleaseEntity, ReleaseSource } from '@concord/control-list';
import { ConcordConfig } from '@concord/shared/config';
import { Provenance, SealedRelease, sealRelease } from '../documents/release-sealing';
import { SigningKeyring } from '../signing/signing-keyring';
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
  onProgress?: SnapshotProgress;
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
  constructor(private readonly keyring: SigningKeyring) {}

  /** Outside the API (the CLI, a test on a bare data source): signed with the key the configuration names. */
  static fromConfig(config: ConcordConfig): ReleaseWriter {
    return new ReleaseWriter(SigningKeyring.fromConfig(config));
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
    await putInForce(manager, draft.id);
    const stored = await releases.findOneByOrFail({ id: draft.id });
    const sealed = await sealRelease(manager, this.keyring, stored, options.provenance);
    return { release: stored, written, ...sealed };
  }
}
