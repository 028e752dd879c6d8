import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { readSnapshot, ReleaseContentCheck, RELEASED_STATUSES, ReleaseEntity } from '@concord/control-list';
import { DomainError, ErrorCode } from '@concord/shared/graphql';
import { MerkleTree } from '../documents/merkle-tree';
import { ReleaseDocument } from '../documents/release-document';
import { listLeafHashes, merkleOf } from '../documents/release-merkle';
import { ReleaseErrorReason } from '../release-error-reason';

/** A release whose snapshot rows were found to be its signed document's list, leaf for leaf. */
export interface VerifiedRelease {
  /** Over the signed document's leaves (which equal the rows'): proofs are served from here. */
  tree: MerkleTree;
  /** Leaf index by entry code. */
  entryLeaf: ReadonlyMap<string, number>;
  /** False for a document sealed before it carried a Merkle root: its proofs would prove nothing signed. */
  committed: boolean;
  /** The rows' versions when they were checked (see rowsFingerprint): any write since changes it. */
  fingerprint: string;
}

/**
 * Every snapshot row's count and the sum of its transaction ids (`xmin`) per table: an UPDATE, DELETE or INSERT made
 * behind the triggers, by any session, is a new row version with a new xmin, so the fingerprint moves. One statement
 * over the releases' rows by their release_id indexes: cheap enough for every read, where re-hashing the list is not.
 */
const ROWS_FINGERPRINTS = `SELECT r.id AS release_id, ${['release_entry', 'release_paragraph', 'release_reference', 'release_correlation', 'release_definition']
  .map((table) => `(SELECT count(*) || '/' || coalesce(sum(xmin::text::bigint), 0) FROM ${table} WHERE release_id = r.id)`)
  .join(` || ':' || `)} AS fingerprint FROM unnest($1::uuid[]) AS r(id)`;

/** Enough for the releases a process serves at once; an evicted one is verified again when next read. */
const MAX_VERIFIED = 32;

/**
 * Served entries are checked against the signed document when a release is first read in this process: every
 * entry and definition as the snapshot tables hold it, in RFC 8785 form, against the stored document's leaves (the
 * document itself a consumer checks by its signature; its row, like the snapshot's, is guarded by triggers). Any difference refuses the release, loudly, for as long as it
 * stands (the verdict is kept), instead of serving rows nobody signed. The leaves are kept for proofs, so a proof
 * costs no hashing of the list per request.
 */
@Injectable()
export class ReleaseIntegrity extends ReleaseContentCheck {
  private readonly logger = new Logger('ReleaseIntegrity');
  private readonly verified = new Map<string, Promise<VerifiedRelease | null>>();
  /**
   * The reads resolved together (a page of releases, each with its changes and definitions) share one statement. Not
   * cached: every read compares the rows as they are at that moment.
   */
  private readonly fingerprints = new DataLoader<string, string>(
    async (releaseIds) => {
      const rows = await this.db.query<{ release_id: string; fingerprint: string }[]>(ROWS_FINGERPRINTS, [[...new Set(releaseIds)]]);
      const byRelease = new Map(rows.map((row) => [row.release_id, row.fingerprint]));
      return releaseIds.map((id) => byRelease.get(id)!);
    },
    { cache: false },
  );

  constructor(@InjectDataSource() private readonly db: DataSource) {
    super();
  }

  /**
   * Every read of a release's rows comes through here: verified once leaf by leaf, then on each read only the rows'
   * fingerprint is compared, and a moved one has the release verified again, so rows changed after the first check
   * are refused as well, not served until the next restart.
   */
  async assertIntact(releaseId: string): Promise<void> {
    const verified = await this.release(releaseId);
    if (!verified || (await this.fingerprint(releaseId)) === verified.fingerprint) return;
    this.verified.delete(releaseId);
    await this.release(releaseId);
  }

  /** Null for a draft, which has no document to check against yet; rejects with RELEASE_TAMPERED on any difference. */
  release(releaseId: string): Promise<VerifiedRelease | null> {
    const known = this.verified.get(releaseId);
    if (known) return known;
    const pending = this.verify(releaseId).then(
      (verified) => {
        // A draft is checked again once published: its document is written then.
        if (!verified) this.verified.delete(releaseId);
        return verified;
      },
      (error: unknown) => {
      // A tampered release stays refused; a failure to read (the database away) is tried again next time.
        if (!(error instanceof DomainError && error.reason === ReleaseErrorReason.RELEASE_TAMPERED)) this.verified.delete(releaseId);
        throw error;
      },
    );
    if (this.verified.size >= MAX_VERIFIED) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(releaseId, pending);
    return pending;
  }

  private async verify(releaseId: string): Promise<VerifiedRelease | null> {
    const release = await this.db.getRepository(ReleaseEntity).findOneBy({ id: releaseId });
    if (!release) return null;
    const [row] = await this.db.query<{ bytes: Buffer }[]>(
      `SELECT bytes FROM release_document WHERE release_id = $1`,
      [releaseId],
    );
    if (!row) {
      if (RELEASED_STATUSES.includes(release.status)) throw this.tampered(release, 'it is released but has no signed document');
      return null;
    }
    const document = JSON.parse(row.bytes.toString('utf8')) as ReleaseDocument;

    const signed = listLeafHashes(document.list);
    const committed = document.merkle !== undefined;
    if (committed && merkleOf(signed, document.list.entries.length).root !== document.merkle.root) {
      throw this.tampered(release, 'its document\'s Merkle root is not the root of its own list');
    }
    // The fingerprint taken around the read says which row versions were checked; a write in between is read again.
    for (let attempt = 1; ; attempt++) {
      const fingerprint = await this.fingerprint(releaseId);
      const stored = await readSnapshot(this.db.manager, release);
      const difference = firstDifference(document, stored, listLeafHashes(stored), signed);
      if (difference) throw this.tampered(release, difference);
      if ((await this.fingerprint(releaseId)) !== fingerprint) {
        if (attempt < 3) continue;
        throw this.tampered(release, 'its snapshot rows kept changing while they were being checked');
      }
      return { tree: new MerkleTree(signed), entryLeaf: new Map(document.list.entries.map((entry, index) => [entry.code, index])), committed, fingerprint };
    }
  }

  private fingerprint(releaseId: string): Promise<string> {
    return this.fingerprints.load(releaseId);
  }

  private tampered(release: ReleaseEntity, why: string): DomainError {
    const message = `Release ${release.version} is refused: ${why}. Its snapshot rows were changed outside Concord; the signed document at GET /releases/${release.version}.json is what was published`;
    this.logger.error(`RELEASE TAMPERED: ${message}`);
    return new DomainError(ErrorCode.INTERNAL, ReleaseErrorReason.RELEASE_TAMPERED, message);
  }
}

function firstDifference(document: ReleaseDocument, stored: Pick<ReleaseDocument['list'], 'entries' | 'definitions'>, storedLeaves: Buffer[], signedLeaves: Buffer[]): string | null {
  const signedEntries = document.list.entries.length;
  if (stored.entries.length !== signedEntries) return `it stores ${stored.entries.length} entries where the signed document has ${signedEntries}`;
  if (stored.definitions.length !== document.list.definitions.length) {
    return `it stores ${stored.definitions.length} definitions where the signed document has ${document.list.definitions.length}`;
  }
  const at = signedLeaves.findIndex((leaf, index) => !leaf.equals(storedLeaves[index]));
  if (at < 0) return null;
  return at < signedEntries
    ? `its stored entry ${stored.entries[at].code} differs from entry ${document.list.entries[at].code} of the signed document`
    : `its stored definition "${stored.definitions[at - signedEntries].term}" differs from the signed document's`;
}
