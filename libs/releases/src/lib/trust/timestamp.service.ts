import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RELEASED_STATUSES, VERSION_ORDER_SQL } from '@concord/control-list';
import { Clock, ConcordConfig, InjectConfig } from '@concord/shared/config';
import { signEnvelope, signedBytes } from '../signing/signed-envelope';
import { SignedTimestamp, TIMESTAMP_FORMAT, TimestampStatement } from './trust-metadata';
import { TrustStore } from './trust-store';

/**
 * The timestamp statement: what is newest, signed by the timestamp key, expiring TIMESTAMP_TTL_SECONDS after issue.
 * It is re-signed at every half-life and at each publication, with `issuedAt` derived from the clock and the newest
 * publication alone (the start of the current half-life period, or the publication if later). Ed25519 signatures are
 * deterministic, so every API instance behind a load balancer serves byte-identical statements, `issuedAt` never goes
 * back between them, and nothing needs storing or a timer: a statement is signed on the first request that needs it.
 */
@Injectable()
export class TimestampService {
  private cached?: { key: string; envelope: SignedTimestamp };

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectConfig() private readonly config: ConcordConfig,
    private readonly clock: Clock,
    private readonly trust: TrustStore,
  ) {}

  async current(): Promise<SignedTimestamp> {
    const now = this.clock.now().getTime();
    const [latest] = await this.db.query<{ version: string; digest: string; length: number; published_at: Date }[]>(
      `SELECT r.version, d.digest, octet_length(d.bytes) AS length, r.published_at FROM release r JOIN release_document d ON d.release_id = r.id
       WHERE r.status = ANY($1) ORDER BY ${VERSION_ORDER_SQL('r.version')} DESC LIMIT 1`,
      [RELEASED_STATUSES],
    );
    const ttl = this.config.timestampTtlSeconds * 1000;
    const period = Math.floor(now / (ttl / 2)) * (ttl / 2);
    const published = latest ? new Date(latest.published_at).getTime() : undefined;
    const issuedAt = published !== undefined && published > period && published <= now ? published : period;
    const statement: TimestampStatement = {
      format: TIMESTAMP_FORMAT,
      rootVersion: this.trust.newest().signed.version,
      latest: latest ? { version: latest.version, digest: latest.digest, length: Number(latest.length) } : null,
      issuedAt: new Date(issuedAt).toISOString(),
      expires: new Date(issuedAt + ttl).toISOString(),
    };
    const key = signedBytes(statement).toString('utf8');
    if (this.cached?.key !== key) this.cached = { key, envelope: signEnvelope(statement, [this.trust.timestampSigner()]) };
    return this.cached.envelope;
  }
}
