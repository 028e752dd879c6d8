import { INSTALL_REDIS, TEST_REDIS_URL_ENV } from './test-redis';

/**
 * `describe` for tests that need Redis (the URL is in `redisUrl()`); without one, the suite is skipped and says so
 * loudly with the command that installs one, never a silent pass.
 */
export function describeWithRedis(name: string, body: () => void): void {
  if (process.env[TEST_REDIS_URL_ENV]) return describe(name, body);
  console.warn(
    [
      '',
      '┌──────────────────────────────────────────────────────────────────────',
      `│ SKIPPED: ${name}`,
      '│ No Redis answers and no redis-server could be started for the tests.',
      `│ Install one with:  ${INSTALL_REDIS}`,
      '└──────────────────────────────────────────────────────────────────────',
    ].join('\n'),
  );
  describe.skip(name, body);
}

export const redisUrl = (): string => process.env[TEST_REDIS_URL_ENV]!;
