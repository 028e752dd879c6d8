import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { BallotStatus } from '@concord/ballots';
import { DeliveryStatus } from '@concord/events';
import { HitCount, ReleaseCacheStatistics } from '@concord/releases';
import { MailStatus } from '@concord/shared/mail';
import { ReadReplicas } from '@concord/shared/db';
import type { ExecutionBudget } from '@concord/shared/graphql';

/** Clients name their operations: past this many distinct names, further ones are counted together. */
const MAX_OPERATION_NAMES = 200;
const OTHER_OPERATIONS = '(other)';
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The Prometheus metrics of one instance, on a registry of its own. Requests are counted as they end (HTTP per
 * route, GraphQL per operation); everything read from the database or from other components (pool, queues, open
 * ballots, cache hits) is computed when `/metrics` is scraped, never on a request's path.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();

  readonly httpRequests = new Counter({
    name: 'concord_http_requests_total',
    help: 'HTTP requests answered, by method, route (the route pattern, not the URL) and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });

  readonly httpDuration = new Histogram({
    name: 'concord_http_request_duration_seconds',
    help: 'Time from the request to its last byte handed to the socket',
    labelNames: ['method', 'route'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly graphqlOperations = new Counter({
    name: 'concord_graphql_operations_total',
    help: 'GraphQL operations over HTTP, by operation name and type, and whether the response carried errors',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'concord_graphql_operation_duration_seconds',
    help: 'Time Apollo spent on a GraphQL operation, from parsing to the response',
    labelNames: ['operation', 'type'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'concord_' });
  }

  /** The label for a client-chosen operation name, bounded so that no caller can grow the registry without end. */
  operationLabel(name: string | null | undefined): string {
    const label = name || '(anonymous)';
    if (this.operationNames.has(label)) return label;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return OTHER_OPERATIONS;
    this.operationNames.add(label);
    return label;
  }

  /** How much priced GraphQL work executes, and how many operations wait for their turn. */
  watchExecutionBudget(budget: Pick<ExecutionBudget, 'inUse' | 'waiting'>): void {
    const registers = [this.registry];
    new Gauge({
      name: 'concord_graphql_execution_cost',
      help: 'Query cost of the GraphQL operations executing now (GRAPHQL_EXECUTION_BUDGET is its bound)',
      registers,
      collect() {
        this.set(budget.inUse);
      },
    });
    new Gauge({
      name: 'concord_graphql_operations_waiting',
      help: 'GraphQL operations waiting for execution budget',
      registers,
      collect() {
        this.set(budget.waiting);
      },
    });
  }

  /** The scrape-time gauges: nothing on a request's path computes them. */
  watch(db: DataSource, caches: ReleaseCacheStatistics, replicas: ReadReplicas, warn: (message: string) => void): void {
    const registers = [this.registry];
    const driver = db.driver as PostgresDriver;
    new Gauge({
      name: 'concord_db_pool_connections',
      help: 'Connections of the PostgreSQL pool: total open, idle, and queries waiting for one',
      labelNames: ['pool', 'state'] as const,
      registers,
      collect() {
        const pool = driver.master as { totalCount: number; idleCount: number; waitingCount: number } | undefined;
        if (!pool) return;
        this.set({ pool: 'primary', state: 'total' }, pool.totalCount);
        this.set({ pool: 'primary', state: 'idle' }, pool.idleCount);
        this.set({ pool: 'primary', state: 'waiting' }, pool.waitingCount);
      },
    });
    new Gauge({
      name: 'concord_replica_lag_seconds',
      help: 'How far each read replica was behind the primary at its last poll; absent while unknown (down or not yet polled)',
      labelNames: ['replica', 'state'] as const,
      registers,
      collect() {
        this.reset();
        for (const replica of replicas.report()) {
          if (replica.lagMs !== null) this.set({ replica: replica.replica, state: replica.state }, replica.lagMs / 1000);
        }
      },
    });
    new Gauge({
      name: 'concord_queue_depth',
      help: 'Work waiting in the database queues: mail_outbox and webhook_delivery rows still pending',
      labelNames: ['queue'] as const,
      registers,
      async collect() {
        try {
          const [row] = await db.query<{ mail: number; webhooks: number }[]>(
            `SELECT (SELECT count(*) FROM mail_outbox WHERE status = $1)::int AS mail,
                    (SELECT count(*) FROM webhook_delivery WHERE status = $2)::int AS webhooks`,
            [MailStatus.PENDING, DeliveryStatus.PENDING],
          );
          this.set({ queue: 'mail_outbox' }, row.mail);
          this.set({ queue: 'webhook_delivery' }, row.webhooks);
        } catch (error) {
          // No value rather than a stale one: the series disappears while the database does not answer.
          this.reset();
          warn(`concord_queue_depth not collected: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
    });
    new Gauge({
      name: 'concord_ballots_open',
      help: 'Ballots open for positions',
      registers,
      async collect() {
        try {
          const [row] = await db.query<{ open: number }[]>(`SELECT count(*)::int AS open FROM ballot WHERE status = $1`, [BallotStatus.OPEN]);
          this.set(row.open);
        } catch (error) {
          this.reset();
          warn(`concord_ballots_open not collected: ${error instanceof Error ? error.message : String(error)}`);
        }
      },
    });
    const counted: [string, HitCount][] = [
      ['release_document', caches.documents],
      ['release_response', caches.responses],
    ];
    new Counter({
      name: 'concord_cache_lookups_total',
      help: 'Lookups in the release caches (signed documents, pull responses), answered from memory (hit) or not (miss)',
      labelNames: ['cache', 'result'] as const,
      registers,
      collect() {
        // The caches count in plain numbers (an increment on their hot path); the counter takes their totals.
        this.reset();
        for (const [cache, count] of counted) {
          this.inc({ cache, result: 'hit' }, count.hits);
          this.inc({ cache, result: 'miss' }, count.misses);
        }
      },
    });
    new Counter({
      name: 'concord_release_documents_prepared_total',
      help: 'Signed documents read and compressed on hearing of a publication or import, before any download asked for them',
      registers,
      collect() {
        this.reset();
        this.inc(caches.documentsPrepared);
      },
    });
    new Gauge({
      name: 'concord_cache_hit_ratio',
      help: 'Hits over lookups of each release cache since the instance started (no lookup yet: no value)',
      labelNames: ['cache'] as const,
      registers,
      collect() {
        this.reset();
        for (const [cache, count] of counted) {
          const lookups = count.hits + count.misses;
          if (lookups > 0) this.set({ cache }, count.hits / lookups);
        }
      },
    });
  }
}
