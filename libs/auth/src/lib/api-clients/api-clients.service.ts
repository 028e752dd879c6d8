import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan } from 'typeorm';
import { Clock } from '@concord/shared/config';
import { conflict, Connection, decodeCursor, notFound, PageArgs, pageSize, toConnection } from '@concord/shared/graphql';
import { AuditTrail } from '../audit/audit-trail';
import { CredentialRevocations } from '../authentication/credential-revocations';
import { AccessPolicy } from '../authorization/access-policy';
import { Actor, ApiClientActor, UserActor } from '../authorization/actor';
import { Permission } from '../authorization/permission';
import { ParticipatingStateEntity } from '../states/participating-state.entity';
import { ApiClientEntity } from './api-client.entity';
import { issueApiKey, parseApiKey, secretMatches } from './api-key';
import { CreateApiClientInput } from './create-api-client.input';
import { VerifiedApiKeys } from './verified-api-keys';
import { AuthErrorReason } from '../auth-error-reason';
import { AuthAuditAction } from '../auth-audit-action';

/**
 * `last_used_at` is informative; writing it on every pull would turn reads into writes. A key verified in memory
 * skips the lookup, and with it the write, until its entry expires (VERIFIED_KEY_TTL_MS, the same minute).
 */
const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class ApiClientsService {
  private readonly verified = new VerifiedApiKeys();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessPolicy,
    private readonly audit: AuditTrail,
    private readonly revocations: CredentialRevocations,
    private readonly clock: Clock,
  ) {
    revocations.onRevoked(() => this.verified.forgetAll());
  }

  private get repository() {
    return this.db.getRepository(ApiClientEntity);
  }

  /** The client of a key this instance verified lately, without a lookup; undefined means "ask `authenticate`". */
  knownActor(apiKey: string): ApiClientActor | undefined {
    return this.verified.get(this.verified.hashOf(apiKey), this.now());
  }

  async authenticate(apiKey: string): Promise<ApiClientActor | undefined> {
    const parsed = parseApiKey(apiKey);
    if (!parsed) return undefined;
    const known = this.knownActor(apiKey);
    if (known) return known;
    const hash = this.verified.hashOf(apiKey);
    const generation = this.verified.current;
    const client = await this.repository
      .createQueryBuilder('client')
      .addSelect('client.secretHash')
      .innerJoinAndSelect('client.state', 'state')
      .where('client.keyId = :keyId AND client.revokedAt IS NULL', { keyId: parsed.keyId })
      .getOne();
    if (!client || !secretMatches(parsed.secret, client.secretHash)) return undefined;
    if (!client.lastUsedAt || Date.now() - client.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.repository.update({ id: client.id }, { lastUsedAt: () => 'now()' });
    }
    const actor: ApiClientActor = { kind: 'API_CLIENT', id: client.id, stateId: client.stateId, stateCode: client.state!.code, scopes: client.scopes };
    this.verified.remember(hash, actor, this.now(), generation);
    return actor;
  }

  private now(): number {
    return this.clock.now().getTime();
  }

  async list(actor: Actor, args: PageArgs): Promise<Connection<ApiClientEntity>> {
    this.access.assert(actor, Permission.MANAGE_REGISTRY);
    const size = pageSize(args.first);
    const [afterId] = (decodeCursor(args.after, 1) ?? []) as string[];
    const [rows, totalCount] = await Promise.all([
      this.repository.find({ where: afterId ? { id: MoreThan(afterId) } : {}, order: { id: 'ASC' }, take: size + 1 }),
      this.repository.count(),
    ]);
    return toConnection(rows, size, totalCount, (client) => [client.id], (client) => client);
  }

  async create(actor: Actor, input: CreateApiClientInput): Promise<{ client: ApiClientEntity; apiKey: string }> {
    this.access.assert(actor, Permission.MANAGE_REGISTRY);
    if (!(await this.db.getRepository(ParticipatingStateEntity).existsBy({ id: input.stateId }))) {
      throw notFound('Participating state', input.stateId, AuthErrorReason.STATE_NOT_FOUND);
    }
    const issued = issueApiKey();
    return this.db.transaction(async (manager) => {
      const clients = manager.getRepository(ApiClientEntity);
      const saved = await clients.save(
        clients.create({
          name: input.name.trim(),
          stateId: input.stateId,
          scopes: [...new Set(input.scopes)],
          keyId: issued.keyId,
          secretHash: issued.secretHash,
          createdById: (actor as UserActor).id,
        }),
      );
      const client = await clients.findOneByOrFail({ id: saved.id });
      // The key id is public (it only finds the row); the secret half is never in the trail.
      await this.audit.record(manager, actor, {
        action: AuthAuditAction.API_CLIENT_CREATED,
        objectType: 'api_client',
        objectId: client.id,
        stateId: client.stateId,
        summary: { name: client.name, stateId: client.stateId, scopes: client.scopes, keyId: client.keyId },
      });
      return { client, apiKey: issued.apiKey };
    });
  }

  async revoke(actor: Actor, id: string): Promise<ApiClientEntity> {
    this.access.assert(actor, Permission.MANAGE_REGISTRY);
    const client = await this.db.transaction(async (manager) => {
      const clients = manager.getRepository(ApiClientEntity);
      const revoked = await clients
        .createQueryBuilder()
        .update()
        .set({ revokedAt: () => 'now()' })
        .where('id = :id AND revoked_at IS NULL', { id })
        .returning('id')
        .execute();
      if (revoked.affected === 0) {
        if (await clients.existsBy({ id })) throw conflict('This API client is already revoked', AuthErrorReason.ALREADY_REVOKED);
        throw notFound('API client', id, AuthErrorReason.API_CLIENT_NOT_FOUND);
      }
      const client = await clients.findOneByOrFail({ id });
      await this.audit.record(manager, actor, {
        action: AuthAuditAction.API_CLIENT_REVOKED,
        objectType: 'api_client',
        objectId: client.id,
        stateId: client.stateId,
        summary: { name: client.name, keyId: client.keyId },
      });
      this.revocations.announceAfterCommit(manager);
      return client;
    });
    // The event reaches this instance too, but not before the caller's next request may: forget here at once.
    this.verified.forgetAll();
    return client;
  }
}
