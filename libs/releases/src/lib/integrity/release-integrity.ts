import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ReleaseContentCheck, RELEASED_STATUSES, ReleaseEntity } from '@concord/control-list';
import { Clock } from '@concord/shared/config';
import { DomainError, ErrorCode } from '@concord/shared/graphql';
import { MerkleTree } from '../documents/merkle-tree';
import { merkleOf, ReleaseHead, ReleaseMerkle } from '../documents/release-merkle';
import { readDocumentBytes } from '../documents/document-bytes';
import { ReleaseErrorReason } from '../release-error-reason';
import { FreshBatches } from './fresh-batches';
import { firstDifference, SignedList, signedListOf } from './signed-list';
import { readStoredList, StoredList } from './stored-list';

/** A release whose snapshot rows were found to be its signed document's list, leaf for leaf. */
export interface VerifiedRelease {
  /** Over the signed document's leaves (which equal the rows'): proofs are served from here. */
  tree: MerkleTree;
  /** Leaf index by entry code. */
  entryLeaf: ReadonlyMap<string, number>;
  /** False for a document sealed before it carried a Merkle root: its proofs would prove nothing signed. */
  committed: boolean;
  /** The rows' versions when they were last compared (see ROWS_FINGERPRINTS): any write since changes it. */
  fingerprint: string;
  /** The snapshot writes seen with that fingerprint, in the same statement (see SNAPSHOT_WRITES). */
  writes: string | null;
  /** When the fingerprint was last taken, by the clock. */
  fingerprintedAt: number;
}

/** Every table a release's leaves are read from (see readStoredList). */
const SNAPSHOT_TABLES = [
  'release_entry',
  'release_paragraph',
  'release_reference',
  'release_correlation',
  'release_definition',
  'release_paragraph_text',
  'release_heading_text',
  'release_definition_text',
];

/**
 * The snapshot_writes row as a token (its count, and its xmin, so that setting the count back still moves it), or
 * null when it cannot be trusted: the row gone, or one of the tables' `_written` triggers missing or not set to fire
 * always. A trigger disabled and enabled again between two reads is not seen here: see FULL_CHECK_EVERY_MS.
 */
const SNAPSHOT_WRITES = `CASE WHEN (
    SELECT count(*) FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid WHERE p.proname = 'snapshot_written' AND t.tgenabled = 'A'
  ) = ${SNAPSHOT_TABLES.length} THEN (SELECT xmin::text || '/' || count FROM snapshot_writes) END`;

/**
 * Every snapshot row's count and the sum of its transaction ids (`xmin`) per table: an UPDATE, DELETE or INSERT made
 * behind the triggers, by any session, is a new row version with a new xmin, so the fingerprint moves, triggers or
 * not. One statement over the releases' rows by their release_id indexes, with the snapshot writes it saw.
 */
const ROWS_FINGERPRINTS = `SELECT r.id AS release_id, ${SNAPSHOT_TABLES.map(
  (table) => `(SELECT count(*) || '/' || coalesce(sum(xmin::text::bigint), 0) FROM ${table} WHERE release_id = r.id)`,
).join(` || ':' || `)} AS fingerprint, ${SNAPSHOT_WRITES} AS writes FROM unnest($1::uuid[]) AS r(id)`;

/**
 * How long an unmoved snapshot_writes row stands for the rows: past it, a read takes the fingerprint again. What this
 * bounds is a table owner or superuser who disables the triggers, changes rows and enables them again: the one
 * change the writes count cannot show. At 20,000 entries a fingerprint is ~50 ms: one every 5 s for a release
 * being read, instead of one per read.
 */
export const FULL_CHECK_EVERY_MS = 5_000;

interface Fingerprint {
  fingerprint: string;
  writes: string | null;
}

/** Enough for the releases a process serves at once; an evicted one is verified again when next read. */
const MAX_VERIFIED = 32;

/**
 * Served entries are checked against what was signed when a release is first read in this process: every entry and
 * definition as the snapshot tables hold it, in RFC 8785 form, hashed as a Merkle leaf, and the rows' root compared
 * with the root of the signed head, whose digest is the stored document's. The document itself (a consumer checks it
 * by its signature; its row, like the snapshot's, is guarded by triggers) is read only to name a difference, or for a
 * release sealed before heads. Any difference refuses the release, loudly, for as long as it stands (the verdict is
 * kept), instead of serving rows nobody signed. The leaves are kept for proofs, so a proof costs no hashing per request.
 */
@Injectable()
export class ReleaseIntegrity extends ReleaseContentCheck {
  private readonly logger = new Logger('ReleaseIntegrity');
  private readonly verified = new Map<string, Promise<VerifiedRelease | null>>();
  /**
   * Never cached: every read looks at the database as it is after the read began. The reads that arrive together,
   * or while a statement runs, share the next one, so that twenty pages at once cost one (issue 16).
   */
  private readonly fingerprints = new FreshBatches<string, Fingerprint>(async (releaseIds) => {
    const rows = await this.db.query<({ release_id: string } & Fingerprint)[]>(ROWS_FINGERPRINTS, [releaseIds]);
    return new Map(rows.map(({ release_id, fingerprint, writes }) => [release_id, { fingerprint, writes }]));
  });
  private readonly snapshotWrites = new FreshBatches<'all', string | null>(async () => {
    const [row] = await this.db.query<{ writes: string | null }[]>(`SELECT ${SNAPSHOT_WRITES} AS writes`);
    return new Map([['all', row.writes]]);
  });

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
  ) {
    super();
  }

  /**
   * Every read of a release's rows comes through here: verified once leaf by leaf, then on each read the snapshot
   * writes are compared (one row), and when they moved, or FULL_CHECK_EVERY_MS has passed, the rows' fingerprint; a
   * moved fingerprint has the release verified again, so rows changed after the first check are refused as well, not
   * served until the next restart. At 20,000 entries this took a search from ~130 to ~290 answers a second.
   */
  async assertIntact(releaseId: string): Promise<void> {
    const verified = await this.release(releaseId);
    if (!verified) return;
    const writes = await this.snapshotWrites.load('all');
    const now = this.clock.now().getTime();
    if (writes !== null && writes === verified.writes && now - verified.fingerprintedAt < FULL_CHECK_EVERY_MS) return;
    const seen = await this.fingerprint(releaseId);
    if (seen.fingerprint === verified.fingerprint) {
      verified.writes = seen.writes;
      verified.fingerprintedAt = now;
      return;
    }
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
    const seal = await this.sealOf(release);
    if (!seal) return null;
    // The fingerprint taken around the read says which row versions were checked; a write in between is read again.
    for (let attempt = 1; ; attempt++) {
      const fingerprintedAt = this.clock.now().getTime();
      const before = await this.fingerprint(releaseId);
      const stored = await readStoredList(this.db.manager, release);
      const tree = new MerkleTree(stored.leaves);
      const verdict = await this.compare(release, seal, stored, tree);
      if ((await this.fingerprint(releaseId)).fingerprint !== before.fingerprint) {
        if (attempt < 3) continue;
        throw this.tampered(release, 'its snapshot rows kept changing while they were being checked');
      }
      if (verdict.difference) throw this.tampered(release, verdict.difference);
      const entryLeaf = new Map(stored.codes.map((code, index) => [code, index]));
      return { tree, entryLeaf, committed: verdict.committed, ...before, fingerprintedAt };
    }
  }

  /**
   * Null for a draft. The signed head's commitment to the list, once the document it vouches for is shown to be the
   * stored one (its digest, taken by the database, so the document need not be read); none for a document sealed
   * before heads, which is then itself what the rows are checked against.
   */
  private async sealOf(release: ReleaseEntity): Promise<Seal | null> {
    const [row] = await this.db.query<{ head: Buffer | null; digest: string }[]>(
      `SELECT h.bytes AS head, encode(sha256(d.bytes), 'hex') AS digest FROM release_document d LEFT JOIN release_head h ON h.release_id = d.release_id WHERE d.release_id = $1`,
      [release.id],
    );
    if (!row) {
      if (RELEASED_STATUSES.includes(release.status)) throw this.tampered(release, 'it is released but has no signed document');
      return null;
    }
    if (!row.head) return {};
    const head = JSON.parse(row.head.toString('utf8')) as ReleaseHead;
    if (head.digest !== row.digest) throw this.tampered(release, 'its signed document is not the one its signed head vouches for');
    return { merkle: head.merkle };
  }

  /**
   * The rows' own Merkle root against the signed one settles it when they agree. When they do not (or there is no
   * head), the signed document is read to say what differs: a refusal names the entry, for whoever restores it.
   */
  private async compare(release: ReleaseEntity, seal: Seal, stored: StoredList, tree: MerkleTree): Promise<{ difference: string | null; committed: boolean }> {
    const { merkle } = seal;
    if (merkle && merkle.entryCount === stored.codes.length && merkle.leafCount === stored.leaves.length && merkle.root === tree.root.toString('hex')) {
      return { difference: null, committed: true };
    }
    const signed = await this.signedList(release);
    const committed = signed.root !== undefined;
    if (committed && merkleOf(signed.leaves, signed.codes.length).root !== signed.root) {
      return { difference: 'its document\'s Merkle root is not the root of its own list', committed };
    }
    const difference = firstDifference(stored, signed) ?? (merkle ? 'its rows are its signed document\'s list, but not the list its signed head commits to' : null);
    return { difference, committed };
  }

  private async signedList(release: ReleaseEntity): Promise<SignedList> {
    const bytes = await readDocumentBytes(this.db, release.id);
    if (!bytes) throw this.tampered(release, 'its signed document went while it was being checked');
    try {
      return signedListOf(bytes);
    } catch (error) {
      if (error instanceof SyntaxError) throw this.tampered(release, `its signed document cannot be read: ${error.message}`);
      throw error;
    }
  }

  private fingerprint(releaseId: string): Promise<Fingerprint> {
    return this.fingerprints.load(releaseId);
  }

  private tampered(release: ReleaseEntity, why: string): DomainError {
    const message = `Release ${release.version} is refused: ${why}. Its snapshot rows were changed outside Concord; the signed document at GET /releases/${release.version}.json is what was published`;
    this.logger.error(`RELEASE TAMPERED: ${message}`);
    return new DomainError(ErrorCode.INTERNAL, ReleaseErrorReason.RELEASE_TAMPERED, message);
  }
}

/** What a release was sealed with: its signed head's Merkle commitment, when it has a head. */
interface Seal {
  merkle?: ReleaseMerkle;
}
