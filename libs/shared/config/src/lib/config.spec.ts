import { generateKeyPairSync } from 'node:crypto';
import { ConfigError, DEV_JWT_SECRET, DEV_SECOND_FACTOR_KEY, loadConfig, loadDatabaseSettings, parseSigningKey } from './config';
import { StartupError } from './startup-error';

const ed25519 = () => generateKeyPairSync('ed25519');
const pem = (key: ReturnType<typeof ed25519>['privateKey']) => key.export({ format: 'pem', type: 'pkcs8' }).toString();
const SIGNING_KEY = pem(ed25519().privateKey);

describe('loadConfig', () => {
  it('reads the accounts and mail settings, requires the secretariat second factor in production, and refuses bad values', () => {
    expect(loadConfig({}, '/srv/concord')).toMatchObject({
      jwtTtlSeconds: 900,
      jwtMaxTtlSeconds: 3600,
      secretariatTotpRequired: false,
      smtpUrl: undefined,
      mailFrom: 'Concord <concord@localhost>',
      publicUrl: 'http://localhost:3000',
    });
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(40), SECOND_FACTOR_KEY: 'k'.repeat(40), SIGNING_KEY, TRUST_DIR: '/srv/trust' }).secretariatTotpRequired).toBe(true);
    expect(loadConfig({ PUBLIC_URL: 'https://concord.example.org/', SMTP_URL: 'smtp://mail:25' })).toMatchObject({ publicUrl: 'https://concord.example.org', smtpUrl: 'smtp://mail:25' });
    expect(() => loadConfig({ JWT_TTL_SECONDS: '7200', JWT_MAX_TTL_SECONDS: '3600' })).toThrow(/JWT_TTL_SECONDS must not exceed JWT_MAX_TTL_SECONDS/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail', MAIL_FROM: 'nobody', PUBLIC_URL: 'ftp://x' })).toThrow(/SMTP_URL[\s\S]*MAIL_FROM[\s\S]*PUBLIC_URL/);
  });

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
      loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SECOND_FACTOR_KEY: 'k'.repeat(40), CONCORD_SEED_DEMO: 'true' }),
    ).toThrow(/DEMO_PASSWORD must be set/);
  });

  it('refuses to start in production without a second-factor key of its own, apart from the token secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(40) })).toThrow(/SECOND_FACTOR_KEY must be set/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(40), SECOND_FACTOR_KEY: DEV_SECOND_FACTOR_KEY })).toThrow(/SECOND_FACTOR_KEY must be set/);
    expect(() => loadConfig({ SECOND_FACTOR_KEY: 'short' })).toThrow(/SECOND_FACTOR_KEY must be at least 32 characters/);
  });

  it('starts in production with real secrets, introspection and landing page off', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(40), SECOND_FACTOR_KEY: 'k'.repeat(40), SIGNING_KEY, TRUST_DIR: '/srv/trust' });
    expect(config).toMatchObject({ seedDemo: false, introspection: false, landingPage: false, signingKey: SIGNING_KEY.trim() });
  });

  it('refuses to start in production without a trust directory, and reads the timestamp lifetime', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(40), SECOND_FACTOR_KEY: 'k'.repeat(40), SIGNING_KEY })).toThrow(/TRUST_DIR must be set in production/);
    expect(loadConfig({}, '/srv')).toMatchObject({ trustDir: undefined, timestampTtlSeconds: 86400 });
    expect(loadConfig({ TRUST_DIR: 'trust', TIMESTAMP_TTL_SECONDS: '3600' }, '/srv')).toMatchObject({ trustDir: '/srv/trust', timestampTtlSeconds: 3600 });
    expect(() => loadConfig({ TIMESTAMP_TTL_SECONDS: '5' })).toThrow(/TIMESTAMP_TTL_SECONDS must be an integer/);
  });

  it('refuses to start in production without a signing key, and anywhere with a key that is not Ed25519', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(40), SECOND_FACTOR_KEY: 'k'.repeat(40) })).toThrow(/SIGNING_KEY must be set in production/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => loadConfig({ SIGNING_KEY: rsa })).toThrow(/SIGNING_KEY must be an Ed25519 private key/);
    expect(() => loadConfig({ SIGNING_KEY: 'not a key' })).toThrow(/as PKCS#8 PEM or base64 DER/);
    expect(() => loadConfig({ SIGNING_KEY_ID: 'has spaces' })).toThrow(/SIGNING_KEY_ID must be/);
  });

  it('reads the signing key as PEM or base64 DER, and retired public keys for rotation', () => {
    const pair = ed25519();
    const der = pair.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    expect(parseSigningKey(der).asymmetricKeyType).toBe('ed25519');
    const oldPems = [ed25519(), ed25519()].map((old) => old.publicKey.export({ format: 'pem', type: 'spki' }).toString());
    const fromPem = loadConfig({ SIGNING_KEY: der, SIGNING_KEY_ID: 'secretariat-2026', SIGNING_PUBLIC_KEYS: oldPems.join('\n') });
    expect(fromPem).toMatchObject({ signingKey: der, signingKeyId: 'secretariat-2026' });
    expect(fromPem.signingPublicKeys).toEqual(oldPems.map((text) => text.trim()));
    const oldDer = pair.publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    expect(loadConfig({ SIGNING_PUBLIC_KEYS: `${oldDer}, ${oldDer}` }).signingPublicKeys).toEqual([oldDer, oldDer]);
    expect(loadConfig({}).signingPublicKeys).toEqual([]);
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

  it('reads the event channel prefix and the webhook delivery policy, with safe defaults', () => {
    expect(loadConfig({}, '/srv')).toMatchObject({
      eventsChannelPrefix: 'concord',
      webhookRetryBaseMs: 30_000,
      webhookMaxAttempts: 8,
      webhookPollMs: 1000,
      webhookTimeoutMs: 10_000,
    });
    const custom = loadConfig({ EVENTS_CHANNEL_PREFIX: 'run-1', WEBHOOK_RETRY_BASE_MS: '20', WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_POLL_MS: '50' }, '/srv');
    expect(custom).toMatchObject({ eventsChannelPrefix: 'run-1', webhookRetryBaseMs: 20, webhookMaxAttempts: 3, webhookPollMs: 50 });
    expect(() => loadConfig({ WEBHOOK_MAX_ATTEMPTS: '0' }, '/srv')).toThrow(/WEBHOOK_MAX_ATTEMPTS must be an integer between 1 and 50/);
  });

  it('gives the release response cache 64 MiB unless told otherwise, and 0 turns it off', () => {
    expect(loadConfig({}, '/srv').releaseResponseCacheBytes).toBe(64 * 1024 * 1024);
    expect(loadConfig({ RELEASE_RESPONSE_CACHE_BYTES: '0' }, '/srv').releaseResponseCacheBytes).toBe(0);
    expect(loadConfig({ RELEASE_RESPONSE_CACHE_BYTES: '1048576' }, '/srv').releaseResponseCacheBytes).toBe(1048576);
    expect(() => loadConfig({ RELEASE_RESPONSE_CACHE_BYTES: '-1' }, '/srv')).toThrow(/RELEASE_RESPONSE_CACHE_BYTES must be an integer/);
  });

  it('leaves the embedded port to the server unless set; 0 and an explicit port are kept as given', () => {
    expect(loadConfig({}, '/srv').embeddedPostgresPort).toBeUndefined();
    expect(loadConfig({ EMBEDDED_POSTGRES_PORT: '' }, '/srv').embeddedPostgresPort).toBeUndefined();
    expect(loadConfig({ EMBEDDED_POSTGRES_PORT: '0' }, '/srv').embeddedPostgresPort).toBe(0);
    expect(loadConfig({ EMBEDDED_POSTGRES_PORT: '55432' }, '/srv').embeddedPostgresPort).toBe(55432);
    expect(() => loadConfig({ EMBEDDED_POSTGRES_PORT: 'any' })).toThrow(/EMBEDDED_POSTGRES_PORT must be an integer between 0 and 65535, got "any"/);
  });

  it('reads the database settings alone for the CLI, refusing what loadConfig refuses, and a DATABASE_URL that does not parse', () => {
    expect(loadDatabaseSettings({ CONCORD_DATA_DIR: 'data', EMBEDDED_POSTGRES_PORT: '0', NODE_ENV: 'production' }, '/srv')).toEqual({
      databaseUrl: undefined,
      dataDir: '/srv/data',
      embeddedPostgresPort: 0,
    });
    expect(() => loadDatabaseSettings({ EMBEDDED_POSTGRES_PORT: '70000' })).toThrow(ConfigError);
    const broken = () => loadDatabaseSettings({ DATABASE_URL: 'postgres://me:p#ss@db/concord' });
    expect(broken).toThrow(/DATABASE_URL is not a valid URL \(percent-encode special characters/);
    expect(broken).toThrow(StartupError);
  });

  it('reads how often overdue ballots are closed, within bounds', () => {
    expect(loadConfig({}).ballotSchedulerIntervalMs).toBe(5000);
    expect(loadConfig({ BALLOT_SCHEDULER_INTERVAL_MS: '200' }).ballotSchedulerIntervalMs).toBe(200);
    expect(() => loadConfig({ BALLOT_SCHEDULER_INTERVAL_MS: '10' })).toThrow(/BALLOT_SCHEDULER_INTERVAL_MS must be an integer between 50 and 3600000/);
  });

  it('lets webhooks reach private networks in development only', () => {
    expect(loadConfig({}).webhookAllowPrivateTargets).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 's'.repeat(40), SECOND_FACTOR_KEY: 'k'.repeat(40), SIGNING_KEY, TRUST_DIR: '/srv/trust' }).webhookAllowPrivateTargets).toBe(false);
    expect(loadConfig({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'false' }).webhookAllowPrivateTargets).toBe(false);
  });

  it('reads the read replicas of a primary it is given, and refuses replicas of the embedded database or that are not URLs', () => {
    expect(loadConfig({})).toMatchObject({ databaseReplicaUrls: [], replicaMaxLagMs: 5000, replicaPollMs: 1000 });
    const primary = { DATABASE_URL: 'postgres://concord@db:5432/concord' };
    expect(loadConfig({ ...primary, DATABASE_REPLICA_URLS: ' postgres://concord@r1/concord, postgresql://concord@r2:5433/concord ,', REPLICA_MAX_LAG_MS: '250' })).toMatchObject({
      databaseReplicaUrls: ['postgres://concord@r1/concord', 'postgresql://concord@r2:5433/concord'],
      replicaMaxLagMs: 250,
    });
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://r1/concord' })).toThrow(/DATABASE_REPLICA_URLS needs DATABASE_URL/);
    expect(() => loadConfig({ ...primary, DATABASE_REPLICA_URLS: 'mysql://user:secret@r1/concord' })).toThrow(/got "mysql:\/\/…@r1\/concord"/);
    expect(() => loadConfig({ ...primary, REPLICA_POLL_MS: '0' })).toThrow(/REPLICA_POLL_MS must be an integer/);
  });
});
