import { createPrivateKey, KeyObject } from 'node:crypto';
import { resolve } from 'node:path';
import { StartupError, StartupProblem } from './startup-error';

export type RuntimeEnvironment = 'development' | 'production' | 'test';

/** How the server writes its log: Nest's coloured lines for people, or one JSON object a line (pino) for collectors. */
export enum LogFormat {
  TEXT = 'text',
  JSON = 'json',
}

/** Where the database is: read by the API and the CLI alike, so both always open the same one. */
export interface DatabaseSettings {
  /** Unset means: run the embedded PostgreSQL under `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /**
   * Port of the embedded PostgreSQL when it is started here: exactly this port, or 0 for any free one. Unset: the
   * default port when it is free, any free port when another program (another Concord) holds it.
   */
  embeddedPostgresPort?: number;
}

export interface ConcordConfig extends DatabaseSettings {
  environment: RuntimeEnvironment;
  port: number;
  jwtSecret: string;
  /** Seals the TOTP secrets at rest (AES-256-GCM under a key derived from it), apart from the token signing secret. */
  secondFactorKey: string;
  /** Lifetime of the access tokens Concord issues. */
  jwtTtlSeconds: number;
  /** A presented access token without `exp`, or living longer than this from `iat`, is refused even when signed. */
  jwtMaxTtlSeconds: number;
  /** Lifetime of a sign-in session: its rotating refresh token can be exchanged until then. */
  refreshTtlSeconds: number;
  /** How often each instance rereads which release is in force, behind the event that normally tells it. */
  releaseInForceRefreshMs: number;
  /** On SIGTERM, how long readiness answers 503 before the listener closes: the balancer's check interval or more. */
  shutdownGraceMs: number;
  /** How long a password reset link stays usable. */
  passwordResetTtlSeconds: number;
  /** How long an invitation's set-your-password link stays usable: longer, since it may wait in an inbox over a weekend. */
  invitationTtlSeconds: number;
  /** Whether every secretariat account must have a second factor before it may do anything (on in production). */
  secretariatTotpRequired: boolean;
  /** How often open WebSocket subscriptions re-check their caller, and so at most how late a revoked one closes. */
  socketRecheckMs: number;
  /** SMTP server for outgoing mail (`smtp://user:pass@host:587`); unset: `.eml` files under `<dataDir>/mail-outbox/`. */
  smtpUrl?: string;
  mailFrom: string;
  /** Where the web application is, for links in mail. */
  publicUrl: string;
  /** Mail retries wait base × 2^(attempt − 1). */
  mailRetryBaseMs: number;
  mailMaxAttempts: number;
  /** How often the mail worker and the notification sweeps (digests, ballot reminders) look for work. */
  mailPollMs: number;
  /** Timeout of one SMTP send; a claimed message is left to another worker after twice this. */
  mailSendTimeoutMs: number;
  passwordHashCost: number;
  seedDemo: boolean;
  /** With the demo regime, a negotiation in progress (proposals, a comment, an open ballot) for people trying Concord. */
  seedDemoNegotiation: boolean;
  demoPassword: string;
  introspection: boolean;
  landingPage: boolean;
  /** The built web application (`npm run build:web`), served at `/`. */
  webDistDir: string;
  anonymousReleaseReads: boolean;
  redisUrl?: string;
  /** Whether webhooks may target loopback and private networks: local receivers in development, never in production. */
  webhookAllowPrivateTargets: boolean;
  /** How often overdue ballots are closed, and so at most how late after its deadline a ballot closes. */
  ballotSchedulerIntervalMs: number;
  /** How often the audit chain's head is signed as a checkpoint (when events were added since the last one). */
  auditCheckpointIntervalMs: number;
  /** Prefix of the Redis channel events travel on, so several deployments (or test runs) can share one Redis. */
  eventsChannelPrefix: string;
  /** Webhook retries wait base × 2^(attempt − 1). */
  webhookRetryBaseMs: number;
  /** After this many failed attempts a delivery is FAILED (it can still be redelivered by hand). */
  webhookMaxAttempts: number;
  /** How often the delivery worker looks for due deliveries. */
  webhookPollMs: number;
  webhookTimeoutMs: number;
  /** Budget of the in-memory cache of release pull responses (bytes of JSON); 0 turns the cache off. */
  releaseResponseCacheBytes: number;
  /** Memory for released entries, their rows and nested lists (paragraphs, references, correlations), read once per process. */
  entryPartsCacheBytes: number;
  /** Express `trust proxy` setting, so rate limits see the client's address behind a load balancer. */
  trustProxy?: string;
  /** Largest JSON request body; a proposal carries whole entries (each at most LIST_LIMITS.entryBytes). */
  requestBodyLimitBytes: number;
  /** Slow clients: the time a request's headers, and the whole request, may take to arrive. */
  httpHeadersTimeoutMs: number;
  httpRequestTimeoutMs: number;
  /** Open connections one address may hold at once (0: no cap, e.g. behind a load balancer that caps them itself). */
  maxConnectionsPerAddress: number;
  /** GraphQL query cost (see queryCost) that may execute at once; operations beyond it wait their turn. */
  graphqlExecutionBudget: number;
  /**
   * The secretariat's Ed25519 private key that signs release documents (PKCS#8 PEM, or its base64 DER). Unset in
   * development: a key is generated once under `<dataDir>/signing/`; unset in test: a key lives in memory.
   */
  signingKey?: string;
  /** Overrides the key id derived from the public key (first 16 hex of the SHA-256 of the raw key). */
  signingKeyId?: string;
  /** Retired public keys (SPKI PEM or base64 DER), still listed so that releases signed with them stay verifiable. */
  signingPublicKeys: string[];
  /**
   * The trust directory (`concord root init`): root metadata versions and the timestamp key. Unset in development:
   * `<dataDir>/trust`, generated on first start; unset in test: held in memory; required in production.
   */
  trustDir?: string;
  /** Lifetime of a signed timestamp statement; it is re-signed at half of it, and at each publication. */
  timestampTtlSeconds: number;
  /** Prometheus metrics at `/metrics`, and the counting behind them; nothing is counted when off. */
  metricsEnabled: boolean;
  /** Bearer token `/metrics` asks for; required in production when metrics are on, so they are never public there. */
  metricsToken?: string;
  /** JSON: one line per request with its request id, and the framework's own lines, through pino. */
  logFormat: LogFormat;
  /** Streaming replicas of DATABASE_URL that serve the pull API's reads (DATABASE_REPLICA_URLS, comma-separated). */
  databaseReplicaUrls: string[];
  /** A replica further behind than this serves no reads until it catches up. */
  replicaMaxLagMs: number;
  /** How often each replica's replay position and lag are polled, and so how soon a recovered one serves again. */
  replicaPollMs: number;
}

export const DEFAULT_EMBEDDED_POSTGRES_PORT = 54329;
export const DEV_JWT_SECRET = 'concord-development-jwt-secret-do-not-use-in-production';
export const DEV_SECOND_FACTOR_KEY = 'concord-development-second-factor-key-do-not-use-in-production';
export const DEFAULT_DEMO_PASSWORD = 'concord-demo';

export class ConfigError extends StartupError {
  constructor(public readonly problems: string[]) {
    super(StartupProblem.INVALID_CONFIG, `invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function flag(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  problems.push(`${name} must be true or false, got "${raw}"`);
  return fallback;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
    return fallback;
  }
  return value;
}

/**
 * Reads the whole configuration once, at start. In production, default or missing secrets are refused outright:
 * a regime's list must never run behind a JWT secret or a password that is printed in a README.
 */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): ConcordConfig {
  const problems: string[] = [];
  const rawEnvironment = env['NODE_ENV'] || 'development';
  if (!['development', 'production', 'test'].includes(rawEnvironment)) {
    problems.push(`NODE_ENV must be development, production or test, got "${rawEnvironment}"`);
  }
  const environment = (['development', 'production', 'test'].includes(rawEnvironment)
    ? rawEnvironment
    : 'development') as RuntimeEnvironment;
  const production = environment === 'production';

  const jwtSecret = env['JWT_SECRET'] || (production ? '' : DEV_JWT_SECRET);
  if (production && (!env['JWT_SECRET'] || env['JWT_SECRET'] === DEV_JWT_SECRET)) {
    problems.push('JWT_SECRET must be set to a secret of your own in production');
  } else if (jwtSecret.length < 32) {
    problems.push('JWT_SECRET must be at least 32 characters long');
  }

  const secondFactorKey = env['SECOND_FACTOR_KEY'] || (production ? '' : DEV_SECOND_FACTOR_KEY);
  if (production && (!env['SECOND_FACTOR_KEY'] || env['SECOND_FACTOR_KEY'] === DEV_SECOND_FACTOR_KEY)) {
    problems.push('SECOND_FACTOR_KEY must be set to a secret of your own in production (it seals the authenticator secrets)');
  } else if (secondFactorKey.length < 32) {
    problems.push('SECOND_FACTOR_KEY must be at least 32 characters long');
  }

  const seedDemo = flag(env, 'CONCORD_SEED_DEMO', !production, problems);
  const demoPassword = env['DEMO_PASSWORD'] || DEFAULT_DEMO_PASSWORD;
  if (production && seedDemo && demoPassword === DEFAULT_DEMO_PASSWORD) {
    problems.push('DEMO_PASSWORD must be set to a password of your own when demo accounts are seeded in production');
  }
  if (demoPassword.length < 8) problems.push('DEMO_PASSWORD must be at least 8 characters long');

  const database = databaseSettings(env, cwd, problems);

  const config: ConcordConfig = {
    environment,
    port: integer(env, 'PORT', 3000, 0, 65535, problems),
    ...database,
    jwtSecret,
    secondFactorKey,
    jwtTtlSeconds: integer(env, 'JWT_TTL_SECONDS', 900, 60, 24 * 3600, problems),
    jwtMaxTtlSeconds: integer(env, 'JWT_MAX_TTL_SECONDS', 3600, 60, 24 * 3600, problems),
    refreshTtlSeconds: integer(env, 'REFRESH_TTL_SECONDS', 14 * 24 * 3600, 300, 90 * 24 * 3600, problems),
    releaseInForceRefreshMs: integer(env, 'RELEASE_IN_FORCE_REFRESH_MS', 1000, 50, 3_600_000, problems),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', production ? 5000 : 0, 0, 120_000, problems),
    passwordResetTtlSeconds: integer(env, 'PASSWORD_RESET_TTL_SECONDS', 3600, 300, 7 * 24 * 3600, problems),
    invitationTtlSeconds: integer(env, 'INVITATION_TTL_SECONDS', 7 * 24 * 3600, 3600, 30 * 24 * 3600, problems),
    secretariatTotpRequired: flag(env, 'SECRETARIAT_TOTP_REQUIRED', production, problems),
    socketRecheckMs: integer(env, 'SOCKET_RECHECK_MS', 5000, 50, 600_000, problems),
    smtpUrl: env['SMTP_URL'] || undefined,
    mailFrom: env['MAIL_FROM'] || 'Concord <concord@localhost>',
    publicUrl: (env['PUBLIC_URL'] || 'http://localhost:3000').replace(/\/+$/, ''),
    mailRetryBaseMs: integer(env, 'MAIL_RETRY_BASE_MS', 30_000, 1, 24 * 3600 * 1000, problems),
    mailMaxAttempts: integer(env, 'MAIL_MAX_ATTEMPTS', 8, 1, 50, problems),
    mailPollMs: integer(env, 'MAIL_POLL_MS', 5000, 10, 600_000, problems),
    mailSendTimeoutMs: integer(env, 'MAIL_SEND_TIMEOUT_MS', 30_000, 100, 300_000, problems),
    passwordHashCost: integer(env, 'PASSWORD_HASH_COST', environment === 'test' ? 4 : 12, 4, 15, problems),
    seedDemo,
    seedDemoNegotiation: seedDemo && flag(env, 'CONCORD_SEED_NEGOTIATION', true, problems),
    demoPassword,
    introspection: flag(env, 'GRAPHQL_INTROSPECTION', !production, problems),
    landingPage: flag(env, 'GRAPHQL_LANDING_PAGE', !production, problems),
    webDistDir: resolve(cwd, env['WEB_DIST_DIR'] || 'apps/web/dist'),
    anonymousReleaseReads: flag(env, 'ANONYMOUS_RELEASE_READS', false, problems),
    redisUrl: env['REDIS_URL'] || undefined,
    webhookAllowPrivateTargets: flag(env, 'WEBHOOK_ALLOW_PRIVATE_TARGETS', !production, problems),
    ballotSchedulerIntervalMs: integer(env, 'BALLOT_SCHEDULER_INTERVAL_MS', 5000, 50, 3_600_000, problems),
    auditCheckpointIntervalMs: integer(env, 'AUDIT_CHECKPOINT_INTERVAL_MS', 3_600_000, 1000, 7 * 24 * 3_600_000, problems),
    eventsChannelPrefix: env['EVENTS_CHANNEL_PREFIX'] || 'concord',
    webhookRetryBaseMs: integer(env, 'WEBHOOK_RETRY_BASE_MS', 30_000, 1, 24 * 3600 * 1000, problems),
    webhookMaxAttempts: integer(env, 'WEBHOOK_MAX_ATTEMPTS', 8, 1, 50, problems),
    webhookPollMs: integer(env, 'WEBHOOK_POLL_MS', 1000, 10, 600_000, problems),
    webhookTimeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000, problems),
    releaseResponseCacheBytes: integer(env, 'RELEASE_RESPONSE_CACHE_BYTES', 64 * 1024 * 1024, 0, 16 * 1024 ** 3, problems),
    entryPartsCacheBytes: integer(env, 'ENTRY_PARTS_CACHE_BYTES', 32 * 1024 * 1024, 0, 16 * 1024 ** 3, problems),
    trustProxy: env['TRUST_PROXY'] || undefined,
    requestBodyLimitBytes: integer(env, 'REQUEST_BODY_LIMIT_BYTES', 10 * 1024 * 1024, 64 * 1024, 1024 ** 3, problems),
    httpHeadersTimeoutMs: integer(env, 'HTTP_HEADERS_TIMEOUT_MS', 10_000, 100, 600_000, problems),
    httpRequestTimeoutMs: integer(env, 'HTTP_REQUEST_TIMEOUT_MS', 60_000, 100, 3_600_000, problems),
    maxConnectionsPerAddress: integer(env, 'MAX_CONNECTIONS_PER_ADDRESS', 64, 0, 100_000, problems),
    graphqlExecutionBudget: integer(env, 'GRAPHQL_EXECUTION_BUDGET', 50_000, 1, 100_000_000, problems),
    signingKey: env['SIGNING_KEY']?.trim() || undefined,
    signingKeyId: env['SIGNING_KEY_ID'] || undefined,
    signingPublicKeys: publicKeyList(env['SIGNING_PUBLIC_KEYS']),
    trustDir: env['TRUST_DIR'] ? resolve(cwd, env['TRUST_DIR']) : undefined,
    timestampTtlSeconds: integer(env, 'TIMESTAMP_TTL_SECONDS', 24 * 3600, 120, 365 * 24 * 3600, problems),
    metricsEnabled: flag(env, 'METRICS_ENABLED', production && Boolean(env['METRICS_TOKEN']), problems),
    metricsToken: env['METRICS_TOKEN'] || undefined,
    logFormat: logFormat(env, production, problems),
    databaseReplicaUrls: replicaUrls(env, database, problems),
    replicaMaxLagMs: integer(env, 'REPLICA_MAX_LAG_MS', 5000, 0, 3_600_000, problems),
    replicaPollMs: integer(env, 'REPLICA_POLL_MS', 1000, 50, 600_000, problems),
  };
  if (production && !config.trustDir) problems.push('TRUST_DIR must be set in production: the root metadata and timestamp key made by `concord root init`');
  problems.push(...signingKeyProblems(env, production));
  problems.push(...accountProblems(config));
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Only the database settings, for commands that need nothing else (the CLI's export, migrate, keys). */
export function loadDatabaseSettings(env: Env = process.env, cwd = process.cwd()): DatabaseSettings {
  const problems: string[] = [];
  const settings = databaseSettings(env, cwd, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return settings;
}

function databaseSettings(env: Env, cwd: string, problems: string[]): DatabaseSettings {
  const databaseUrl = env['DATABASE_URL'] || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  } else if (databaseUrl && !URL.canParse(databaseUrl)) {
    problems.push('DATABASE_URL is not a valid URL (percent-encode special characters in the user name and password)');
  }
  const port = env['EMBEDDED_POSTGRES_PORT'];
  return {
    databaseUrl,
    dataDir: resolve(cwd, env['CONCORD_DATA_DIR'] || '.data'),
    embeddedPostgresPort: port === undefined || port === '' ? undefined : integer(env, 'EMBEDDED_POSTGRES_PORT', 0, 0, 65535, problems),
  };
}

function logFormat(env: Env, production: boolean, problems: string[]): LogFormat {
  const raw = env['LOG_FORMAT'];
  if (raw === undefined || raw === '') return production ? LogFormat.JSON : LogFormat.TEXT;
  if (Object.values<string>(LogFormat).includes(raw)) return raw as LogFormat;
  problems.push(`LOG_FORMAT must be text or json, got "${raw}"`);
  return LogFormat.TEXT;
}

function replicaUrls(env: Env, database: DatabaseSettings, problems: string[]): string[] {
  const urls = (env['DATABASE_REPLICA_URLS'] ?? '').split(',').map((url) => url.trim()).filter(Boolean);
  // The embedded PostgreSQL has no replicas: replicas follow a primary the operator runs and names in DATABASE_URL.
  if (urls.length && !database.databaseUrl) problems.push('DATABASE_REPLICA_URLS needs DATABASE_URL: replicas follow a primary you run');
  for (const url of urls) {
    if (!/^postgres(ql)?:\/\//.test(url) || !URL.canParse(url)) problems.push(`DATABASE_REPLICA_URLS must list postgres:// URLs separated by commas, got "${url.replace(/\/\/[^@/]*@/, '//…@')}"`);
  }
  return urls;
}

function accountProblems(config: ConcordConfig): string[] {
  const problems: string[] = [];
  if (config.environment === 'production' && config.metricsEnabled && !config.metricsToken) {
    problems.push('METRICS_TOKEN must be set when METRICS_ENABLED is on in production: /metrics is not served to anyone without it');
  }
  if (config.metricsToken !== undefined && config.metricsToken.length < 16) problems.push('METRICS_TOKEN must be at least 16 characters long');
  if (config.jwtTtlSeconds > config.jwtMaxTtlSeconds) problems.push('JWT_TTL_SECONDS must not exceed JWT_MAX_TTL_SECONDS');
  if (config.smtpUrl && !/^smtps?:\/\//.test(config.smtpUrl)) problems.push('SMTP_URL must be an smtp:// or smtps:// URL');
  if (!/^([^<>]*<)?[^<>@\s]+@[^<>@\s]+>?$/.test(config.mailFrom.trim())) problems.push('MAIL_FROM must be an address, e.g. "Concord <concord@example.org>"');
  if (!URL.canParse(config.publicUrl) || !/^https?:/.test(config.publicUrl)) problems.push('PUBLIC_URL must be an http:// or https:// URL');
  return problems;
}

/** Retired public keys: PEM blocks, or base64 DER values separated by commas or whitespace. */
function publicKeyList(raw: string | undefined): string[] {
  if (!raw?.trim()) return [];
  const pems = raw.match(/-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g);
  return pems ?? raw.split(/[\s,]+/).filter(Boolean);
}

function signingKeyProblems(env: Env, production: boolean): string[] {
  const key = env['SIGNING_KEY']?.trim();
  if (production && !key) return ['SIGNING_KEY must be set in production: releases are signed with the secretariat\'s Ed25519 key'];
  if (key) {
    try {
      if (parseSigningKey(key).asymmetricKeyType !== 'ed25519') return ['SIGNING_KEY must be an Ed25519 private key'];
    } catch {
      return ['SIGNING_KEY must be an Ed25519 private key, as PKCS#8 PEM or base64 DER'];
    }
  }
  if (env['SIGNING_KEY_ID'] !== undefined && !/^[A-Za-z0-9._-]{1,64}$/.test(env['SIGNING_KEY_ID'])) {
    return ['SIGNING_KEY_ID must be 1 to 64 letters, digits, dots, dashes or underscores'];
  }
  return [];
}

/** An Ed25519 private key as configured: PKCS#8 PEM, or the same DER in base64 (handier in an environment variable). */
export function parseSigningKey(value: string): KeyObject {
  const text = value.trim();
  return text.startsWith('-----BEGIN')
    ? createPrivateKey(text)
    : createPrivateKey({ key: Buffer.from(text, 'base64'), format: 'der', type: 'pkcs8' });
}
