import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { EventBus } from '@concord/events';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';
import { compareVersions, ReleaseStatus, VERSION_ORDER_SQL } from '@concord/control-list';
import { RELEASE_TOPIC, ReleaseEventType, releaseImported, ReleaseInForcePayload } from '../events/release-events';


/**
 * The version of the release in force (the newest PUBLISHED one), kept in memory so that the pull cache can key a
 * `latestRelease` answer by it without asking the database. It only moves forward: the publication that made a
 * release on this instance sets it as soon as it commits (`advance`), `release.published` (or `release.imported`)
 * sets it on every other instance through the event bus, and the primary is reread on start and every
 * `RELEASE_IN_FORCE_REFRESH_MS` (a second by default): that bounds what a missed notice can cost, an import from the
 * CLI (another process, which tells no instance) or a `release.published` lost while Redis reconnected.
 * Undefined until first read: nothing is kept for `latestRelease` meanwhile.
 */
@Injectable()
export class ReleaseInForce implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ReleaseInForce');
  private known: { version: string | null } | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly bus: EventBus,
    @InjectConfig() private readonly config: ConcordConfig,
  ) {
    bus.listen(RELEASE_TOPIC, (event) => {
      if (event.type === ReleaseEventType.PUBLISHED || event.type === ReleaseEventType.IMPORTED) {
        this.advance((event.payload as unknown as ReleaseInForcePayload).version);
      }
    });
  }

  /** For an import, which has no `release.published` of its own: every instance (this one too) hears of it once it commits. */
  announceImportAfterCommit(manager: EntityManager, version: string): void {
    this.bus.publishAfterCommit(manager, releaseImported({ version }));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh(), this.config.releaseInForceRefreshMs).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** The version in force (null: none yet), or undefined when not known. */
  get version(): string | null | undefined {
    return this.known?.version;
  }

  advance(version: string | null): void {
    const current = this.known?.version;
    if (this.known && (version === null || (current != null && compareVersions(version, current) <= 0))) return;
    this.known = { version };
  }

  private async refresh(): Promise<void> {
    try {
      const [row] = await this.db.query<{ version: string }[]>(
        `SELECT version FROM release WHERE status = $1 ORDER BY ${VERSION_ORDER_SQL('version')} DESC LIMIT 1`,
        [ReleaseStatus.PUBLISHED],
      );
      this.advance(row?.version ?? null);
    } catch (error: unknown) {
      // What is known stays; a publication on this instance or an event still moves it.
      this.logger.warn(`Could not read the release in force: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
