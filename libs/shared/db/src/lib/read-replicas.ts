import { DataSource, DataSourceOptions, EntityManager } from 'typeorm';
import { DataSourceParts, dataSourceOptions } from './data-source';
import { currentReadContext } from './read-context';
import { parseWalPosition, WalPosition } from './wal-position';

export enum ReplicaState {
  /** Streaming, within the lag allowed: serves reads. */
  UP = 'up',
  /** Answers, but is further behind than REPLICA_MAX_LAG_MS (or replay is stuck): skipped until it catches up. */
  LAGGING = 'lagging',
  /** Unreachable, failed a read, or not a standby any more: skipped until a health poll succeeds. */
  DOWN = 'down',
}

export interface ReplicaReport {
  /** host:port/database, never the credentials. */
  replica: string;
  state: ReplicaState;
  /** How old the replica's data may be, as of the last poll; null when unknown. */
  lagMs: number | null;
  replayed: string | null;
  problem?: string;
}

export interface ReadReplicaSettings {
  urls: string[];
  maxLagMs: number;
  pollMs: number;
  entities: DataSourceParts['entities'];
  poolSize?: number;
}

/** How long connecting to a replica may take before the replica counts as down: reads must not wait on it. */
const CONNECT_TIMEOUT_MS = 2000;
/** How long one health poll of a server may take. */
const POLL_TIMEOUT_MS = 2 * CONNECT_TIMEOUT_MS;

class Replica {
  source?: DataSource;
  state = ReplicaState.DOWN;
  replayed?: WalPosition;
  replayedText: string | null = null;
  lagMs: number | null = null;
  problem?: string = 'not polled yet';

  constructor(
    readonly name: string,
    readonly options: DataSourceOptions,
  ) {}

  async connected(): Promise<DataSource> {
    if (this.source?.isInitialized) return this.source;
    // A failed initialize leaves the DataSource unusable: each attempt gets a fresh one.
    this.source = new DataSource(this.options);
    return this.source.initialize();
  }

  down(error: unknown): void {
    this.state = ReplicaState.DOWN;
    this.problem = error instanceof Error ? error.message : String(error);
  }
}

/**
 * Routes the pull API's reads to PostgreSQL streaming replicas, everything else to the primary. Each replica's replay
 * position and lag are polled; a read goes to a replica that is up, lags less than the allowed maximum and has
 * replayed the request's minimum position (the client's last write), else to the primary. A replica that fails a read
 * is marked down and the read is made again on the primary, so a replica's failure never fails a request.
 * With no replica configured every read simply goes to the primary.
 */
export class ReadReplicas {
  private readonly replicas: Replica[];
  private timer?: NodeJS.Timeout;
  private polling?: Promise<void>;
  private next = 0;

  constructor(
    private readonly primary: DataSource,
    private readonly settings: ReadReplicaSettings,
  ) {
    this.replicas = settings.urls.map((url) => {
      const options = dataSourceOptions({ url, entities: settings.entities, migrations: [], applicationName: 'concord-replica-read' });
      // Keepalives: a replica host that vanishes without a reset fails its open connections instead of holding reads.
      const extra = { max: settings.poolSize ?? 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true };
      return new Replica(describe(url), { ...options, extra } as DataSourceOptions);
    });
  }

  get configured(): boolean {
    return this.replicas.length > 0;
  }

  /** First poll, then one every pollMs. Never fails: replicas that cannot be reached yet are simply down. */
  async start(): Promise<void> {
    if (!this.configured) return;
    await this.poll();
    this.timer = setInterval(() => void this.poll(), this.settings.pollMs);
    this.timer.unref();
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.polling;
    await Promise.all(this.replicas.map((replica) => (replica.source?.isInitialized ? replica.source.destroy() : undefined)));
  }

  /**
   * Runs a read where the current request may read: its pinned replica, a fresh enough one, or the primary. The work
   * must only read (a replica refuses writes) and may run twice: on the primary again when the replica fails. It is
   * a read on its own connection, never part of a caller's transaction: statements of a transaction go through that
   * transaction's manager, on the primary, and never through here.
   */
  async read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const context = currentReadContext();
    if (!this.configured || context?.primaryOnly) return work(this.primary.manager);
    // A request stays on its first replica; when that one stops serving, only the primary is sure to be as recent.
    const pinned = context?.pinned instanceof Replica ? context.pinned : undefined;
    const replica = pinned ? (pinned.state === ReplicaState.UP ? pinned : undefined) : this.pick(context?.minPosition);
    if (!replica) {
      if (context) context.primaryOnly = true;
      return work(this.primary.manager);
    }
    if (context) context.pinned = replica;
    try {
      return await work(replica.source!.manager);
    } catch (error) {
      if (isConnectionFailure(error)) replica.down(error);
      if (context) context.primaryOnly = true;
      return work(this.primary.manager);
    }
  }

  /** The primary's WAL position now: after a commit, a position every replica serving the writer must have replayed. */
  async writePosition(): Promise<string> {
    const [row] = await this.primary.query<{ lsn: string }[]>(`SELECT pg_current_wal_lsn()::text AS lsn`);
    return row!.lsn;
  }

  report(): ReplicaReport[] {
    return this.replicas.map((replica) => ({
      replica: replica.name,
      state: replica.state,
      lagMs: replica.lagMs,
      replayed: replica.replayedText,
      ...(replica.problem ? { problem: replica.problem } : {}),
    }));
  }

  /** Round robin over the replicas fit to serve. */
  private pick(minPosition?: WalPosition): Replica | undefined {
    const fit = this.replicas.filter(
      (replica) => replica.state === ReplicaState.UP && (minPosition === undefined || (replica.replayed !== undefined && replica.replayed >= minPosition)),
    );
    if (!fit.length) return undefined;
    this.next = (this.next + 1) % fit.length;
    return fit[this.next];
  }

  private poll(): Promise<void> {
    this.polling ??= this.pollAll().finally(() => (this.polling = undefined));
    return this.polling;
  }

  private async pollAll(): Promise<void> {
    // Read before the replicas: a replica that has replayed this far was at most one poll behind.
    const primaryAt = await within(this.writePosition()).then(parseWalPosition, () => undefined);
    await Promise.all(this.replicas.map((replica) => this.check(replica, primaryAt)));
  }

  private async check(replica: Replica, primaryAt: WalPosition | undefined): Promise<void> {
    try {
      const [row] = await within(
        replica.connected().then((source) =>
          source.query<{ standby: boolean; replayed: string | null; age_ms: number | null }[]>(
            `SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replayed,
                    (extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000)::float8 AS age_ms`,
          ),
        ),
      );
      if (!row!.standby) return replica.down(new Error('not a standby: it answers, but no longer replays the primary (promoted?)'));
      replica.replayedText = row!.replayed;
      replica.replayed = row!.replayed ? parseWalPosition(row!.replayed) : undefined;
      // Caught up with the primary: no lag, however long ago the last transaction was. Behind: its newest data is as
      // old as the last transaction it replayed.
      const caughtUp = primaryAt !== undefined && replica.replayed !== undefined && replica.replayed >= primaryAt;
      replica.lagMs = caughtUp ? 0 : row!.age_ms === null ? null : Math.max(0, Math.round(row!.age_ms));
      const fresh = replica.lagMs !== null && replica.lagMs <= this.settings.maxLagMs;
      replica.state = fresh ? ReplicaState.UP : ReplicaState.LAGGING;
      replica.problem = fresh ? undefined : replica.lagMs === null ? 'has replayed no transaction yet' : `${replica.lagMs} ms behind the primary`;
    } catch (error) {
      replica.down(error);
    }
  }
}

/**
 * A poll that gets no answer in time counts as failed: a replica that stopped answering (a host gone without a
 * reset) is then skipped by new reads, and the next poll is not held up behind this one.
 */
function within<T>(answer: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${POLL_TIMEOUT_MS} ms`)), POLL_TIMEOUT_MS);
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

/**
 * Whether a failed read means the server is gone (connection refused, reset, terminated, administrator shutdown)
 * rather than that this query failed there (for instance cancelled by a conflict with recovery).
 */
function isConnectionFailure(error: unknown): boolean {
  const cause = (error as { driverError?: unknown }).driverError ?? error;
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code.startsWith('08') || code.startsWith('57P');
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return true;
  return /connect|terminated|Connection|timeout/.test(cause instanceof Error ? cause.message : String(cause));
}

function describe(url: string): string {
  const target = new URL(url);
  return `${target.hostname}:${target.port || 5432}${target.pathname}`;
}
