import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { readSnapshot, ReleaseContentCheck, RELEASED_STATUSES, ReleaseEntity } from '@concord/control-list';
import { DomainError, ErrorCode } from '@concord/shared/graphql';
import { leafHash, MerkleTree } from '../documents/merkle-tree';
import { leafBytes, merkleOf } from '../documents/release-merkle';
import { arrayElements, memberSpan, parseSpan } from '../documents/canonical-document-scan';
import { readDocumentBytes } from '../documents/document-bytes';
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

/** Entries read and compared at once when a release is verified. */
const ENTRIES_PER_CHECK = 1000;

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
    const signed = await this.signedContent(release);
    if (!signed) return null;
    if (signed.root !== undefined && merkleOf(signed.leaves, signed.codes.length).root !== signed.root) {
      throw this.tampered(release, 'its document\'s Merkle root is not the root of its own list');
    }
    // The fingerprint taken around the read says which row versions were checked; a write in between is read again.
    for (let attempt = 1; ; attempt++) {
      const fingerprint = await this.fingerprint(releaseId);
      const difference = await this.firstDifference(release, signed);
      if (difference) throw this.tampered(release, difference);
      if ((await this.fingerprint(releaseId)) !== fingerprint) {
        if (attempt < 3) continue;
        throw this.tampered(release, 'its snapshot rows kept changing while they were being checked');
      }
      return { tree: new MerkleTree(signed.leaves), entryLeaf: new Map(signed.codes.map((code, index) => [code, index])), committed: signed.root !== undefined, fingerprint };
    }
  }

  /** Null for a draft; what the check needs of the signed document, which is let go before the rows are read. */
  private async signedContent(release: ReleaseEntity): Promise<SignedContent | null> {
    const bytes = await readDocumentBytes(this.db, release.id);
    if (!bytes) {
      if (RELEASED_STATUSES.includes(release.status)) throw this.tampered(release, 'it is released but has no signed document');
      return null;
    }
    try {
      return signedContentOf(bytes);
    } catch (error) {
      if (error instanceof SyntaxError) throw this.tampered(release, `its signed document cannot be read: ${error.message}`);
      throw error;
    }
  }

  /**
   * The rows against the signed leaves, a slice of entries at a time: the whole list read at once, beside the signed
   * document it was compared with, was ~300 MB for a moment at 20,000 entries (issue 16).
   */
  private async firstDifference(release: ReleaseEntity, signed: SignedContent): Promise<string | null> {
    const [stored] = await this.db.query<{ entries: number; definitions: number }[]>(
      `SELECT (SELECT count(*)::int FROM release_entry WHERE release_id = $1) AS entries,
              (SELECT count(*)::int FROM release_definition WHERE release_id = $1) AS definitions`,
      [release.id],
    );
    const signedEntries = signed.codes.length;
    if (stored.entries !== signedEntries) return `it stores ${stored.entries} entries where the signed document has ${signedEntries}`;
    if (stored.definitions !== signed.terms.length) return `it stores ${stored.definitions} definitions where the signed document has ${signed.terms.length}`;
    for (let start = 0; start < signedEntries; start += ENTRIES_PER_CHECK) {
      const codes = signed.codes.slice(start, start + ENTRIES_PER_CHECK);
      const slice = await readSnapshot(this.db.manager, release, codes);
      const byCode = new Map(slice.entries.map((entry) => [entry.code, entry]));
      for (const [offset, code] of codes.entries()) {
        const entry = byCode.get(code);
        if (!entry) return `it stores no entry ${code}, which the signed document has`;
        if (!leafHash(leafBytes(entry)).equals(signed.leaves[start + offset])) return `its stored entry ${code} differs from entry ${code} of the signed document`;
      }
      // Every slice carries the whole (short) list of definitions: the first one's are checked.
      if (start === 0) {
        const at = slice.definitions.findIndex((definition, index) => !leafHash(leafBytes(definition)).equals(signed.leaves[signedEntries + index]));
        if (at >= 0) return `its stored definition "${slice.definitions[at].term}" differs from the signed document's`;
      }
    }
    return null;
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

/** What the integrity check keeps of a signed document: its leaves, entry codes and terms in order, its Merkle root. */
interface SignedContent {
  leaves: Buffer[];
  codes: string[];
  terms: string[];
  /** Undefined for a document sealed before it carried a Merkle root. */
  root?: string;
}

/**
 * Read from the document's bytes where each value lies, never parsed whole: a leaf is the slice of the document that
 * holds its entry or definition (canonical JSON writes every value in its own canonical form). Parsed, a 20,000-entry
 * document was several hundred MB of objects for a moment (issue 16).
 */
function signedContentOf(bytes: Buffer): SignedContent {
  const required = (start: number, key: string) => {
    const span = memberSpan(bytes, start, key);
    if (!span) throw new SyntaxError(`The document has no "${key}"`);
    return span;
  };
  const list = required(0, 'list');
  const entries = arrayElements(bytes, required(list.start, 'entries').start);
  const definitions = arrayElements(bytes, required(list.start, 'definitions').start);
  const merkle = memberSpan(bytes, 0, 'merkle');
  return {
    leaves: [...entries, ...definitions].map((span) => leafHash(bytes.subarray(span.start, span.end))),
    codes: entries.map((span) => parseSpan(bytes, required(span.start, 'code')) as string),
    terms: definitions.map((span) => parseSpan(bytes, required(span.start, 'term')) as string),
    root: merkle ? (parseSpan(bytes, required(merkle.start, 'root')) as string) : undefined,
  };
}
