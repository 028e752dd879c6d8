import { EventEmitter } from 'node:events';
import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { ConcordEvent } from './concord-event';

export type EventHandler = (event: ConcordEvent) => void;

/** Carries committed events to every API instance's subscribers. */
export interface EventTransport {
  publish(event: ConcordEvent): Promise<void>;
  onEvent(handler: EventHandler): void;
  close(): Promise<void>;
  /** Why the transport cannot carry events now, for the readiness check; undefined when it can. */
  problem(): Promise<string | undefined>;
}

/** One instance: events stay in this process. */
export class InProcessTransport implements EventTransport {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async publish(event: ConcordEvent): Promise<void> {
    // Delivered on a later tick, like a network hop, so a publisher never runs subscriber code inline.
    setImmediate(() => this.emitter.emit('event', event));
  }

  onEvent(handler: EventHandler): void {
    this.emitter.on('event', handler);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }

  async problem(): Promise<string | undefined> {
    return undefined;
  }
}

/**
 * Several instances: one Redis channel, a publisher connection and a subscriber connection (a subscribed Redis
 * connection can do nothing else). An instance hears its own events back from Redis, so it never emits locally too.
 */
export class RedisTransport implements EventTransport {
  private readonly logger = new Logger('Events');
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly handlers: EventHandler[] = [];
  private readonly channel: string;

  private constructor(url: string, prefix: string) {
    this.channel = `${prefix}:events`;
    this.publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
    this.subscriber = new Redis(url, { lazyConnect: true });
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      let event: ConcordEvent;
      try {
        event = JSON.parse(message) as ConcordEvent;
      } catch {
        this.logger.warn(`Ignored a malformed message on ${channel}`);
        return;
      }
      for (const handler of this.handlers) handler(event);
    });
    for (const connection of [this.publisher, this.subscriber]) {
      connection.on('error', (error: Error) => this.logger.error(`Redis: ${error.message}`));
    }
  }

  /** Connected and subscribed before the app serves anything, so no event published after start is missed. */
  static async connect(url: string, prefix: string): Promise<RedisTransport> {
    const transport = new RedisTransport(url, prefix);
    await Promise.all([transport.publisher.connect(), transport.subscriber.connect()]);
    await transport.subscriber.subscribe(transport.channel);
    return transport;
  }

  async publish(event: ConcordEvent): Promise<void> {
    await this.publisher.publish(this.channel, JSON.stringify(event));
  }

  /** Both connections must be up: a publisher alone would send events this instance no longer hears. */
  async problem(): Promise<string | undefined> {
    if (this.subscriber.status !== 'ready') return `the Redis subscriber connection is ${this.subscriber.status}`;
    try {
      await this.publisher.ping();
      return undefined;
    } catch (error) {
      return `Redis does not answer: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  onEvent(handler: EventHandler): void {
    this.handlers.push(handler);
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }
}
