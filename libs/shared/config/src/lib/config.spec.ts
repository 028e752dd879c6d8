import { ConfigError, DEV_JWT_SECRET, loadConfig } from './config';

describe('loadConfig', () => {
  it('runs on defaults in development: embedded database, port 3000, demo data', () => {
    const config = loadConfig({}, '/srv/concord');
    expect(config).toMatchObject({
      environment: 'development',
      port: 3000,
      databaseUrl: undefined,
      dataDir: '/srv/concord/.data',
      seedDemo: true,
      demoPassword: 'concord-demo',
      introspection: true,
      anonymousReleaseReads: false,
    });
  });

  it('refuses to start in production on a missing or default JWT secret and the default demo password', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET must be set/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: DEV_JWT_SECRET })).toThrow(/JWT_SECRET must be set/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), CONCORD_SEED_DEMO: 'true' }),
    ).toThrow(/DEMO_PASSWORD must be set/);
  });

  it('starts in production with real secrets, introspection and landing page off', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(40) });
    expect(config).toMatchObject({ seedDemo: false, introspection: false, landingPage: false });
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: 'eighty', GRAPHQL_INTROSPECTION: 'maybe', DATABASE_URL: 'mysql://x' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual([
        'DATABASE_URL must be a postgres:// or postgresql:// URL',
        'PORT must be an integer between 0 and 65535, got "eighty"',
        'GRAPHQL_INTROSPECTION must be true or false, got "maybe"',
      ]);
    }
  });
});
