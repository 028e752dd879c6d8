import { Logger, QueryRunner } from 'typeorm';
import { TestApp } from './test-app';

/**
 * Counts the SQL statements TypeORM sends, by wrapping the data source's logger (which sees every query). Start the
 * app with its background polls quiet (`QUIET_BACKGROUND`), or their statements count too.
 */
export function countQueries(t: TestApp): { count(): number; stop(): void } {
  const holder = t.db as unknown as { logger: Logger };
  const original = holder.logger;
  let count = 0;
  holder.logger = new Proxy(original, {
    get(target, property, receiver) {
      if (property === 'logQuery') {
        return (query: string, parameters?: unknown[], runner?: QueryRunner) => {
          count++;
          return target.logQuery(query, parameters, runner);
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
  return { count: () => count, stop: () => (holder.logger = original) };
}

/** The background sweeps and outbox polls share the data source, so a test that counts statements keeps them still. */
export const QUIET_BACKGROUND = { BALLOT_SCHEDULER_INTERVAL_MS: '3600000', MAIL_POLL_MS: '600000', WEBHOOK_POLL_MS: '600000', SOCKET_RECHECK_MS: '600000' };
