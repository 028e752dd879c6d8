import { describeWhen } from './describe-when';
import { INSTALL_REDIS, TEST_REDIS_URL_ENV } from './test-redis';

/** `describe` for tests that need Redis (its URL from `redisUrl()`), reported skipped without one. */
export function describeWithRedis(name: string, body: () => void): void {
  describeWhen(Boolean(process.env[TEST_REDIS_URL_ENV]), name, 'No Redis answers and no redis-server could be started.', INSTALL_REDIS, body);
}

export const redisUrl = (): string => process.env[TEST_REDIS_URL_ENV]!;
