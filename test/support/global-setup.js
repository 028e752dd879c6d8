// Starts the PostgreSQL the tests run against (embedded, or TEST_DATABASE_URL) and migrates a template database.
// Only the migrations are loaded here, never entities or resolvers: when Jest runs in band, this process is also the
// test process, and classes loaded outside the test sandbox would carry the wrong realm's decorator metadata.
require('../../scripts/register-ts');
const { startTestDatabaseServer, ADMIN_URL_ENV, TEMPLATE_ENV } = require('../../libs/shared/testing/src/lib/test-databases.ts');
const { runMigrations } = require('../../libs/shared/db/src/lib/data-source.ts');
const { MIGRATIONS } = require('../../db/migrations/index.ts');
const { startTestRedis, TEST_REDIS_URL_ENV } = require('./test-redis.ts');

module.exports = async () => {
  const server = await startTestDatabaseServer((url) => runMigrations({ url, entities: [], migrations: MIGRATIONS }));
  process.env[ADMIN_URL_ENV] = server.adminUrl;
  process.env[TEMPLATE_ENV] = server.template;
  globalThis.__CONCORD_TEST_DATABASE_SERVER__ = server;
  // The cross-instance event tests need a Redis; without one they are reported skipped (test/support/redis-describe).
  const redis = await startTestRedis();
  if (redis) process.env[TEST_REDIS_URL_ENV] = redis.url;
  globalThis.__CONCORD_TEST_REDIS__ = redis;
};
