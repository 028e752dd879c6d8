import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@concord/audit';
import { SystemActor, systemActor } from '@concord/auth';
import {
  contentDigest,
  isReleaseVersion,
  latestRelease,
  LIST_FORMAT,
  ListDocument,
  ReleaseEntity,
  ReleaseSource,
  suggestedNextVersion,
  versionProblem,
} from '@concord/control-list';
import { ConcordConfig } from '@concord/shared/config';
import { badInput, conflict } from '@concord/shared/graphql';
import { ReleaseInForce } from '../pull-cache/release-in-force';
import { lockReleaseWrites, ReleaseWriter } from '../writing/release-writer';
import { SnapshotCounts, SnapshotProgress } from '../writing/snapshot-writer';
import { refreshSnapshotStatistics } from '../writing/snapshot-statistics';
import { keepRemovedCodes } from './keep-removed-codes';
import { ControlListErrorReason } from '@concord/control-list';
import { ReleaseAuditAction } from '../release-audit-action';

export interface BaselineOptions {
  /** Default: the next baseline version (`2026.0` on an empty database). */
  version?: string;
  /** ISO date from which the list applies. */
  effectiveFrom?: string;
  onProgress?: SnapshotProgress;
  /** Who the audit trail names as importer; default the system part `baseline-import`. */
  actor?: SystemActor;
  /**
   * The caller reads the list only to import it: its entries and definitions are emptied once their rows are written,
   * so that the parsed list and the stored copy the release is sealed from are not in memory together (a 20,000-entry
   * `concord import` peaked ~65 MB higher with both; issue 16).
   */
  discardListOnceWritten?: boolean;
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
    private readonly writer: ReleaseWriter,
    private readonly audit: AuditService,
    /** Absent outside the API (the CLI): the instances then reread the release in force within RELEASE_IN_FORCE_REFRESH_MS. */
    private readonly inForce?: ReleaseInForce,
  ) {}

  /** Outside the API (the CLI, a test on a bare data source): signed with the key the configuration names. */
  static forDataSource(db: DataSource, config: ConcordConfig): ControlListImporter {
    return new ControlListImporter(db, ReleaseWriter.fromConfig(config), new AuditService());
  }

  /**
   * One transaction: either the whole release with every snapshot row exists afterwards, or nothing does. In its own
   * transaction the planner statistics are refreshed once it commits; not in the caller's, whose rows may yet be rolled
   * back (a dry run) and would not be visible to ANALYZE's sample before its commit.
   */
  async importBaseline(document: ListDocument, options: BaselineOptions = {}, manager?: EntityManager): Promise<ImportedBaseline> {
    checkRequest(document, options.version, options.effectiveFrom);
    const work = (tx: EntityManager) => this.write(tx, document, options);
    if (manager) return work(manager);
    const imported = await this.db.transaction(work);
    await refreshSnapshotStatistics(this.db.manager, imported.written);
    return imported;
  }

  private async write(manager: EntityManager, imported: ListDocument, options: BaselineOptions): Promise<ImportedBaseline> {
    await lockReleaseWrites(manager);
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
      throw conflict(`This list is already in Concord as release ${same.version}: importing it again would add nothing`, ControlListErrorReason.DUPLICATE_IMPORT);
    }
    const problem = versionProblem(version, latest?.version ?? null, 'BASELINE');
    if (problem) throw badInput(problem, ControlListErrorReason.VERSION_NOT_NEXT, [{ field: 'version', message: problem }]);
    // The signing key comes with the writer, so a list governments pull is never published unsigned.
    const { release, written } = await this.writer.write(
      manager,
      { version, source: ReleaseSource.IMPORT, origin: document.source ?? null, effectiveFrom: options.effectiveFrom ?? null, list: document },
      { onProgress: options.onProgress, onWritten: options.discardListOnceWritten ? () => [imported, document].forEach(emptied) : undefined },
    );
    await this.audit.record(manager, options.actor ?? systemActor('baseline-import'), {
      action: ReleaseAuditAction.RELEASE_BASELINE_IMPORTED,
      objectType: 'release',
      objectId: release.id,
      summary: { version, origin: release.origin, contentDigest: digest, effectiveFrom: release.effectiveFrom, ...written, reserved: reserved.length },
    });
    this.inForce?.announceImportAfterCommit(manager, version);
    return { release, written, reserved };
  }
}

function emptied(list: ListDocument): void {
  list.entries.length = 0;
  list.definitions.length = 0;
}

function checkRequest(document: ListDocument, version: string | undefined, effectiveFrom: string | undefined): void {
  if (version !== undefined && !isReleaseVersion(version)) {
    throw badInput(`"${version}" is not a release version: use a year and a number, e.g. 2026.0`, ControlListErrorReason.INVALID_VERSION, [
      { field: 'version', message: 'must be YYYY.N' },
    ]);
  }
  if (effectiveFrom !== undefined && (!ISO_DATE.test(effectiveFrom) || Number.isNaN(Date.parse(effectiveFrom)))) {
    throw badInput(`"${effectiveFrom}" is not a date: use YYYY-MM-DD`, ControlListErrorReason.INVALID_DATE, [{ field: 'effectiveFrom', message: 'must be YYYY-MM-DD' }]);
  }
  if (document.format !== LIST_FORMAT) {
    throw badInput(`The document is not in ${LIST_FORMAT} format`, ControlListErrorReason.UNKNOWN_FORMAT);
  }
  if (!document.entries.length) throw badInput('The list has no entries: nothing to release', ControlListErrorReason.EMPTY_LIST);
  // Parsers report duplicates as defects; a hand-made document might still carry one, and the message should name it.
  const codes = new Set<string>();
  for (const entry of document.entries) {
    if (codes.has(entry.code)) throw badInput(`Entry ${entry.code} appears twice in the list`, ControlListErrorReason.DUPLICATE_CODE);
    codes.add(entry.code);
  }
  const terms = new Set<string>();
  for (const definition of document.definitions) {
    if (terms.has(definition.term)) throw badInput(`The term "${definition.term}" is defined twice`, ControlListErrorReason.DUPLICATE_DEFINITION);
    terms.add(definition.term);
  }
}
