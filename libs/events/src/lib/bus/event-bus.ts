import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { AccessPolicy, Actor, Permission } from '@concord/auth';
import { ConcordEvent, mayReceive } from './concord-event';
import { EventStream } from './event-stream';
import { EventTransport } from './event-transport';

export const EVENT_TRANSPORT = Symbol('EVENT_TRANSPORT');

interface Queued {
  event: ConcordEvent;
  /** The savepoint depth it was queued at, so rolling back a savepoint drops only what was queued inside it. */
  depth: number;
}

/**
 * Publishes committed events to GraphQL subscriptions, on this instance and (through Redis) on the others.
 * `publishAfterCommit(manager, event)` is the one call a use case makes inside its transaction: the event leaves
 * only if and when that transaction commits, so nobody is ever told about a change that was rolled back.
 */
@Injectable()
export class EventBus implements OnModuleInit, OnApplicationShutdown, EntitySubscriberInterface {
  private readonly logger = new Logger('Events');
  private readonly queued = new WeakMap<QueryRunner, Queued[]>();
  private readonly listeners = new Set<(event: ConcordEvent) => void>();
  private readonly instanceListeners = new Set<(event: ConcordEvent) => void>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessPolicy,
    @Inject(EVENT_TRANSPORT) private readonly transport: EventTransport,
  ) {}

  onModuleInit(): void {
    this.db.subscribers.push(this);
    this.transport.onEvent((event) => {
      this.instanceListeners.forEach((listener) => listener(event));
      this.listeners.forEach((listener) => listener(event));
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.transport.close();
  }

  publishAfterCommit(manager: EntityManager, event: ConcordEvent): void {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      this.publish(event);
      return;
    }
    const queue = this.queued.get(runner) ?? [];
    queue.push({ event, depth: (runner as QueryRunner & { transactionDepth: number }).transactionDepth });
    this.queued.set(runner, queue);
  }

  /** For callers that already committed. Best effort: the audit trail and webhook deliveries are the durable record. */
  publish(event: ConcordEvent): void {
    this.transport.publish(event).catch((error: unknown) => {
      this.logger.error(`Could not publish ${event.type}: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  /** Why events cannot travel now (Redis down), for the readiness check; undefined when they can. */
  transportProblem(): Promise<string | undefined> {
    return this.transport.problem();
  }

  /** How many subscription streams this instance is feeding now: for health and metrics, and for tests to know one is live. */
  get streamCount(): number {
    return this.listeners.size;
  }

  /** For this instance's own upkeep: `handle` runs for every event of `topic`, whichever instance published it. */
  listen(topic: string, handle: (event: ConcordEvent) => void): void {
    this.instanceListeners.add((event) => {
      if (event.topic === topic) handle(event);
    });
  }

  /** The events of `topic` this actor may see, as a subscription's AsyncIterator. */
  stream(actor: Actor, topic: string, matches: (event: ConcordEvent) => boolean = () => true): EventStream<ConcordEvent> {
    const canReadReleases = (candidate: Actor) => this.access.allows(candidate, Permission.READ_RELEASES);
    const listener = (event: ConcordEvent) => {
      if (event.topic === topic && mayReceive(actor, event.audience, canReadReleases) && matches(event)) stream.push(event);
    };
    const stream = new EventStream<ConcordEvent>(() => this.listeners.delete(listener));
    this.listeners.add(listener);
    return stream;
  }

  afterTransactionCommit(commit: TransactionCommitEvent): void {
    const runner = commit.queryRunner;
    const queue = this.queued.get(runner);
    if (!queue) return;
    if (runner.isTransactionActive) {
      // A savepoint was released: its events now belong to the enclosing transaction.
      const depth = (runner as QueryRunner & { transactionDepth: number }).transactionDepth;
      for (const item of queue) item.depth = Math.min(item.depth, depth);
      return;
    }
    this.queued.delete(runner);
    for (const { event } of queue) this.publish(event);
  }

  afterTransactionRollback(rollback: TransactionRollbackEvent): void {
    const runner = rollback.queryRunner;
    const queue = this.queued.get(runner);
    if (!queue) return;
    if (!runner.isTransactionActive) {
      this.queued.delete(runner);
      return;
    }
    const depth = (runner as QueryRunner & { transactionDepth: number }).transactionDepth;
    this.queued.set(runner, queue.filter((item) => item.depth <= depth));
  }
}
