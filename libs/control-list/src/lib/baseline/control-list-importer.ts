import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@concord/audit';
import { SystemActor, systemActor } from '@concord/auth';
import { badInput, conflict } from '@concord/shared/graphql';
import { LIST_FORMAT, ListDocument } from '../list-document';
import { contentDigest } from '../snapshots/content-digest';
import { ReleaseEntity, ReleaseSource } from '../snapshots/release.entity';
import { releaseSealerOf } from '../snapshots/release-sealing';
import { latestRelease } from '../snapshots/latest-release';
import { isReleaseVersion, suggestedNextVersion, versionProblem } from '../snapshots/release-version';
import { SnapshotCounts, SnapshotProgress, writeSnapshot } from '../snapshots/snapshot-writer';
import { putInForce } from '../snapshots/put-in-force';
import { keepRemovedCodes } from './keep-removed-codes';

export interface BaselineOptions {
  /** Default: the next baseline version (`2026.0` on an empty database). */
  version?: string;
  /** ISO date from which the list applies. */
  effectiveFrom?: string;
  onProgress?: SnapshotProgress;
  /** Who the audit trail names as importer; default the system part `baseline-import`. */
  actor?: SystemActor;
}

export interface ImportedBaseline {
  release: ReleaseEntity;
  written: SnapshotCounts;
  /** Codes of the previous release that the list left out, kept as RESERVED. */
  reserved: string[];
}

const ISO_DATE = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/**
 * Brings an existing list in as a published baseline release. This is a system operation (the CLI on the server,
 * the first-start seed), not one a GraphQL caller can reach, so it takes no actor.
 */
@Injectable()
export class ControlListImporter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService = new AuditService(),
  ) {}

  /** One transaction: either the whole release with every snapshot row exists afterwards, or nothing does. */
  async importBaseline(document: ListDocument, options: BaselineOptions = {}, manager?: EntityManager): Promise<ImportedBaseline> {
    checkRequest(document, options.version, options.effectiveFrom);
    const work = (tx: EntityManager) => this.write(tx, document, options);
    return manager ? work(manager) : this.db.transaction(work);
  }

  private async write(manager: EntityManager, imported: ListDocument, options: BaselineOptions): Promise<ImportedBaseline> {
    // Two importers (or the seed and an import) must not both decide the version is free and both write.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('concord:release-write'))`);
    const releases = manager.getRepository(ReleaseEntity);
    const latest = await latestRelease(manager);
    const version = options.version ?? suggestedNextVersion(latest?.version ?? null, 'BASELINE');
    const { document, reserved } = await keepRemovedCodes(manager, latest?.id, imported);
    if (await releases.existsBy({ version })) {
      throw conflict(`Release ${version} already exists; a released version is never reused`, 'VERSION_EXISTS');
    }
    const digest = contentDigest(document);
    const same = await releases.findOneBy({ contentDigest: digest });
    if (same) {
      throw conflict(`This list is already in Concord as release ${same.version}: importing it again would add nothing`, 'DUPLICATE_IMPORT');
    }
    const problem = versionProblem(version, latest?.version ?? null, 'BASELINE');
    if (problem) throw badInput(problem, 'VERSION_NOT_NEXT', [{ field: 'version', message: problem }]);
    const draft = await releases.save(
      releases.create({
        version,
        source: ReleaseSource.IMPORT,
        origin: document.source ?? null,
        contentDigest: digest,
        effectiveFrom: options.effectiveFrom ?? null,
      }),
    );
    const written = await writeSnapshot(manager, draft.id, document, options.onProgress);
    // A new baseline replaces the whole list, so the release in force until now gives way to it.
    await putInForce(manager, draft.id);
    const release = await releases.findOneByOrFail({ id: draft.id });
    // A list governments pull is always signed: without a sealer (no signing key) the import is refused, not left unsigned.
    const sealer = releaseSealerOf(this.db);
    if (!sealer) throw new Error('No release signing is set up for this database: a baseline cannot be published unsigned');
    await sealer.seal(manager, release);
    await this.audit.record(manager, options.actor ?? systemActor('baseline-import'), {
      action: 'release.baseline_imported',
      objectType: 'release',
      objectId: release.id,
      summary: { version, origin: release.origin, contentDigest: digest, effectiveFrom: release.effectiveFrom, ...written, reserved: reserved.length },
    });
    return { release, written, reserved };
  }
}

function checkRequest(document: ListDocument, version: string | undefined, effectiveFrom: string | undefined): void {
  if (version !== undefined && !isReleaseVersion(version)) {
    throw badInput(`"${version}" is not a release version: use a year and a number, e.g. 2026.0`, 'INVALID_VERSION', [
      { field: 'version', message: 'must be YYYY.N' },
    ]);
  }
  if (effectiveFrom !== undefined && (!ISO_DATE.test(effectiveFrom) || Number.isNaN(Date.parse(effectiveFrom)))) {
    throw badInput(`"${effectiveFrom}" is not a date: use YYYY-MM-DD`, 'INVALID_DATE', [{ field: 'effectiveFrom', message: 'must be YYYY-MM-DD' }]);
  }
  if (document.format !== LIST_FORMAT) {
    throw badInput(`The document is not in ${LIST_FORMAT} format`, 'UNKNOWN_FORMAT');
  }
  if (!document.entries.length) throw badInput('The list has no entries: nothing to release', 'EMPTY_LIST');
  // Parsers report duplicates as defects; a hand-made document might still carry one, and the message should name it.
  const codes = new Set<string>();
  for (const entry of document.entries) {
    if (codes.has(entry.code)) throw badInput(`Entry ${entry.code} appears twice in the list`, 'DUPLICATE_CODE');
    codes.add(entry.code);
  }
  const terms = new Set<string>();
  for (const definition of document.definitions) {
    if (terms.has(definition.term)) throw badInput(`The term "${definition.term}" is defined twice`, 'DUPLICATE_DEFINITION');
    terms.add(definition.term);
  }
}
