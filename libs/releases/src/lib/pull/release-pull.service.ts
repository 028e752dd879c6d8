import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AccessPolicy, Actor, Permission } from '@concord/auth';
import { classifyEntryChanges, compareVersions, crosswalk, isEntryCode, readSnapshot, RELEASED_STATUSES, ReleaseEntity, VERSION_ORDER_SQL } from '@concord/control-list';
import type { ListEntry, Renumbering } from '@concord/control-list';
import { ReadReplicas } from '@concord/shared/db';
import { badInput, byKeys, Connection, decodeCursor, groupByKeys, notFound, PageArgs, pageSize, toConnection } from '@concord/shared/graphql';
import { diffLists } from '../changes/list-diff';
import type { ListChange } from '../changes/list-diff';
import { ReleaseChangeKind } from '../changes/release-change.entity';
import { readDocumentBytes } from '../documents/document-bytes';
import { EntryVersion, ReleaseChange, ReleaseDiff, ReleaseSignature, SigningKey } from '../graphql/release-pull.models';
import { ReleaseIntegrity } from '../integrity/release-integrity';
import { SigningKeyring } from '../signing/signing-keyring';
import { entryAcrossReleases } from './entry-across-releases';
import { ReleaseErrorReason } from '../release-error-reason';

export interface DocumentMeta {
  releaseId: string;
  digest: string;
  signature: ReleaseSignature;
}

type ChangeRow = { release_id: string; subject: string; code: string | null; term: string | null; kind: ReleaseChangeKind; before: unknown; after: unknown; proposal: string | null };


/** What integrators pull beyond the list itself (DESIGN §6): digests, signatures, documents, changelogs, diffs, history. */
@Injectable()
export class ReleasePullService {
  constructor(
    private readonly replicas: ReadReplicas,
    private readonly access: AccessPolicy,
    private readonly keyring: SigningKeyring,
    private readonly integrity: ReleaseIntegrity,
  ) {}

  signingKeys(actor: Actor): SigningKey[] {
    this.access.assert(actor, Permission.READ_RELEASES);
    return this.keyring.keys.map((key) => ({ ...key }));
  }

  /** Per-request loader of digest and signature, so a page of releases costs one query. */
  readonly documentMeta = () =>
    new DataLoader<string, DocumentMeta | null>(async (releaseIds) => {
      const rows = await this.replicas.read((db) => db.query<{ release_id: string; digest: string; key_id: string; algorithm: string; signature: string }[]>(
        `SELECT release_id, digest, key_id, algorithm, signature FROM release_document WHERE release_id = ANY($1::uuid[])`,
        [[...releaseIds]],
      ));
      const metas = rows.map((row) => ({ releaseId: row.release_id, digest: row.digest, signature: { keyId: row.key_id, algorithm: row.algorithm, value: row.signature } }));
      return byKeys(releaseIds, metas, (meta) => meta.releaseId);
    });

  async meta(actor: Actor, releaseId: string, loader: DataLoader<string, DocumentMeta | null>): Promise<DocumentMeta | null> {
    this.access.assert(actor, Permission.READ_RELEASES);
    return loader.load(releaseId);
  }

  /** The canonical document as text: exactly the signed bytes, so a client can hash and verify what it received. */
  async documentText(actor: Actor, releaseId: string): Promise<string | null> {
    this.access.assert(actor, Permission.READ_RELEASES);
    const bytes = await this.replicas.read((db) => readDocumentBytes(db, releaseId));
    return bytes ? bytes.toString('utf8') : null;
  }

  readonly changesByRelease = () =>
    new DataLoader<string, ReleaseChange[]>(async (releaseIds) => {
      const rows = await this.replicas.read((db) => db.query<ChangeRow[]>(
        `SELECT c.release_id, c.subject, c.code, c.term, c.kind, c.before, c.after, p.reference AS proposal
         FROM release_change c LEFT JOIN proposal p ON p.id = c.proposal_id
         WHERE c.release_id = ANY($1::uuid[]) ORDER BY c.release_id, c.position`,
        [[...releaseIds]],
      ));
      return groupByKeys(releaseIds, rows, (row) => row.release_id, toChange).map(withMeanings);
    });

  async changes(actor: Actor, releaseId: string, loader: DataLoader<string, ReleaseChange[]>): Promise<ReleaseChange[]> {
    this.access.assert(actor, Permission.READ_RELEASES);
    // The changelog was derived from the snapshot at sealing: served only while the snapshot still matches.
    await this.integrity.assertIntact(releaseId);
    return loader.load(releaseId);
  }

  /**
   * What a consumer holding `from` must change to reach the later `to`, each change with the proposals of the
   * releases in between that made it. Backwards is refused: an entry added on the way would read as REMOVED.
   */
  async diff(actor: Actor, from: string, to: string): Promise<ReleaseDiff> {
    this.access.assert(actor, Permission.READ_RELEASES);
    const changes = await this.listChanges(from, to);
    const madeBy = await this.proposalsBetween(from, to);
    return {
      from,
      to,
      changes: withMeanings(
        changes.map((change) => {
          const proposals = madeBy.get(change.code !== null ? `entry:${change.code}` : `term:${change.term}`) ?? [];
          return { ...change, proposal: proposals.at(-1) ?? null, proposals };
        }),
      ),
    };
  }

  /**
   * Old path → new path for every entry and item that moved between two releases, entries first: what a consumer
   * holding `from` rewrites its own references with.
   */
  async crosswalk(actor: Actor, from: string, to: string, args: PageArgs): Promise<Connection<Renumbering>> {
    this.access.assert(actor, Permission.READ_RELEASES);
    const size = pageSize(args.first);
    const rows = crosswalk(entrySides(await this.listChanges(from, to)));
    const cursor = decodeCursor(args.after, 1);
    const start = cursor ? Number(cursor[0]) + 1 : 0;
    const page = rows.slice(start, start + size + 1).map((row, i) => ({ row, index: start + i }));
    return toConnection(page, size, rows.length, ({ index }) => [index], ({ row }) => row);
  }

  private async listChanges(from: string, to: string): Promise<ListChange[]> {
    const [older, newer] = [await this.released(from), await this.released(to)];
    if (compareVersions(from, to) > 0) {
      throw badInput(`${from} is newer than ${to}: ask for the difference from the older release to the newer one`, ReleaseErrorReason.DIFF_BACKWARDS, [
        { field: 'from', message: `must not be newer than ${to}` },
      ]);
    }
    await Promise.all([this.integrity.assertIntact(older.id), this.integrity.assertIntact(newer.id)]);
    return diffLists(await this.replicas.read((db) => readSnapshot(db, older)), await this.replicas.read((db) => readSnapshot(db, newer)));
  }

  /** References of the proposals whose changes were released after `from` up to `to`, per code or term, oldest first. */
  private async proposalsBetween(from: string, to: string): Promise<Map<string, string[]>> {
    const rows = await this.replicas.read((db) => db.query<{ code: string | null; term: string | null; reference: string }[]>(
      `SELECT c.code, c.term, p.reference FROM release_change c JOIN release r ON r.id = c.release_id JOIN proposal p ON p.id = c.proposal_id
       WHERE ${VERSION_ORDER_SQL('r.version')} > ${VERSION_ORDER_SQL('$1')} AND ${VERSION_ORDER_SQL('r.version')} <= ${VERSION_ORDER_SQL('$2')}
       ORDER BY ${VERSION_ORDER_SQL('r.version')}, c.position`,
      [from, to],
    ));
    const byKey = new Map<string, string[]>();
    for (const row of rows) {
      const key = row.code !== null ? `entry:${row.code}` : `term:${row.term}`;
      const list = byKey.get(key) ?? [];
      if (!list.includes(row.reference)) list.push(row.reference);
      byKey.set(key, list);
    }
    return byKey;
  }

  /** Every released version of one entry, oldest first, with what each release changed about it. */
  async entryHistory(actor: Actor, rawCode: string): Promise<EntryVersion[]> {
    this.access.assert(actor, Permission.READ_RELEASES);
    const code = rawCode.trim().toUpperCase();
    if (!isEntryCode(code)) throw badInput(`${rawCode} is not a control-list code such as 4A005`, ReleaseErrorReason.INVALID_ENTRY_CODE);
    const versions = await this.replicas.read((db) => entryAcrossReleases(db, code));
    await Promise.all(versions.map(({ release }) => this.integrity.assertIntact(release.id)));
    const changes = await this.replicas.read((db) => db.query<{ release_id: string; kind: ReleaseChangeKind; proposal: string | null }[]>(
      `SELECT c.release_id, c.kind, p.reference AS proposal FROM release_change c LEFT JOIN proposal p ON p.id = c.proposal_id
       WHERE c.subject = 'ENTRY' AND c.code = $1`,
      [code],
    ));
    const byRelease = new Map(changes.map((change) => [change.release_id, change]));
    return versions.map(({ release, entry }) => ({
      version: release.version,
      publishedAt: release.publishedAt,
      effectiveFrom: release.effectiveFrom,
      entry,
      change: byRelease.get(release.id)?.kind ?? null,
      proposal: byRelease.get(release.id)?.proposal ?? null,
    }));
  }

  private async released(version: string): Promise<ReleaseEntity> {
    const release = await this.replicas.read((db) =>
      db
        .getRepository(ReleaseEntity)
        .createQueryBuilder('release')
        .where('release.version = :version AND release.status IN (:...released)', { version, released: RELEASED_STATUSES })
        .getOne(),
    );
    if (!release) throw notFound('Release', version, ReleaseErrorReason.RELEASE_NOT_FOUND);
    return release;
  }
}

function toChange(row: ChangeRow): ReleaseChange {
  return {
    subject: row.subject as ReleaseChange['subject'],
    code: row.code,
    term: row.term,
    kind: row.kind,
    before: row.before,
    after: row.after,
    proposal: row.proposal,
    proposals: row.proposal ? [row.proposal] : [],
  };
}

type EntryChangeLine = Pick<ReleaseChange, 'subject' | 'code' | 'before' | 'after'>;

function entrySides(changes: readonly EntryChangeLine[]) {
  return changes
    .filter((change) => change.code !== null)
    .map((change) => ({ code: change.code as string, before: change.before as ListEntry | null, after: change.after as ListEntry | null }));
}

/** Classifies the lines of one diff together, so an entry moved to another code reads as RENUMBERED on both sides. */
function withMeanings<T extends EntryChangeLine & { meaning?: ReleaseChange['meaning'] }>(changes: T[]): T[] {
  const meanings = classifyEntryChanges(entrySides(changes));
  return changes.map((change) => (change.code !== null ? { ...change, meaning: meanings.get(change.code) } : change));
}
