import { Logger, QueryRunner } from 'typeorm';
import { TestApp } from './test-app';

/**
 * Records the SQL statements TypeORM sends, with their parameters, by wrapping the data source's logger (which sees
 * every query). Start the app with its background polls quiet (`QUIET_BACKGROUND`), or their statements count too.
 */
export function recordQueries(t: TestApp): { queries(): { query: string; parameters?: unknown[] }[]; stop(): void } {
  const holder = t.db as unknown as { logger: Logger };
  const original = holder.logger;
  const queries: { query: string; parameters?: unknown[] }[] = [];
  holder.logger = new Proxy(original, {
    get(target, property, receiver) {
      if (property === 'logQuery') {
        return (query: string, parameters?: unknown[], runner?: QueryRunner) => {
          queries.push({ query, parameters });
          return target.logQuery(query, parameters, runner);
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
  return { queries: () => queries, stop: () => (holder.logger = original) };
}

/** The number of statements sent while it runs; see recordQueries. */
export function countQueries(t: TestApp): { count(): number; stop(): void } {
  const recorder = recordQueries(t);
  return { count: () => recorder.queries().length, stop: recorder.stop };
}

/** The background sweeps and outbox polls share the data source, so a test that counts statements keeps them still. */
export const QUIET_BACKGROUND = { BALLOT_SCHEDULER_INTERVAL_MS: '3600000', AUDIT_CHECKPOINT_INTERVAL_MS: '3600000', MAIL_POLL_MS: '600000', WEBHOOK_POLL_MS: '600000', SOCKET_RECHECK_MS: '600000', RELEASE_IN_FORCE_REFRESH_MS: '600000' };
