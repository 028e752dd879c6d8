import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, FindOptionsWhere, In, MoreThan } from 'typeorm';
import { badInput, byKeys, conflict, Connection, decodeCursor, groupByKeys, notFound, pageSize, RequestLoaders, toConnection } from '@concord/shared/graphql';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';
import { AuditTrail } from '../audit/audit-trail';
import { CredentialRevocations } from '../authentication/credential-revocations';
import { changedFields } from '../audit/changed-fields';
import { PasswordHasher } from '../authentication/password-hasher';
import { AccessPolicy } from '../authorization/access-policy';
import { Actor, UserActor } from '../authorization/actor';
import { Permission } from '../authorization/permission';
import { PasswordsService } from '../passwords/passwords.service';
import { ParticipatingStateEntity } from '../states/participating-state.entity';
import { CreateUserInput } from './create-user.input';
import { InviteUserInput } from './invite-user.input';
import { UpdateMyPreferencesInput } from './update-my-preferences.input';
import { UpdateUserInput } from './update-user.input';
import { endSessionsOf } from '../sessions/end-sessions';
import { SessionEndReason } from '../sessions/session.entity';
import { Role, UserEntity } from './user.entity';
import { UsersArgs } from './users.args';
import { AuthErrorReason } from '../auth-error-reason';
import { AuthAuditAction } from '../auth-audit-action';


@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectConfig() private readonly config: ConcordConfig,
    private readonly access: AccessPolicy,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditTrail,
    private readonly passwords: PasswordsService,
    private readonly revocations: CredentialRevocations,
  ) {}

  private get repository() {
    return this.db.getRepository(UserEntity);
  }

  /** Per-request loader for people shown beside what they wrote (comment authors). */
  readonly byIdLoader = () =>
    new DataLoader<string, UserEntity | null>(async (ids) => byKeys(ids, await this.repository.findBy({ id: In([...ids]) }), (user) => user.id));

  /** Per-request loader for `ParticipatingState.members`: one query for all the states on a page. */
  readonly membersByStateId = () =>
    new DataLoader<string, UserEntity[]>(async (stateIds) => {
      const members = await this.repository.find({ where: { stateId: In([...stateIds]), active: true }, order: { email: 'ASC' } });
      return groupByKeys(stateIds, members, (member) => member.stateId!);
    });

  /** Who sits in a delegation is known to participants, not to machine clients. */
  async membersOf(actor: Actor, stateId: string, loaders: RequestLoaders): Promise<UserEntity[]> {
    this.access.assert(actor, Permission.READ_DELIBERATIONS);
    return loaders.get(this.membersByStateId).load(stateId);
  }

  /**
   * The principal behind a verified access token, or undefined if the account is gone or deactivated, its token
   * version has moved on (password changed, signed out everywhere, deactivated and reactivated), or the session the
   * token came from has ended.
   */
  async actorFor(claims: { sub: string; ver: number; sid: string }): Promise<UserActor | undefined> {
    // One statement on every authenticated request: findOne with a relation would add a DISTINCT pre-query.
    const user = await this.repository
      .createQueryBuilder('user')
      .leftJoinAndSelect('user.state', 'state')
      .where('user.id = :userId AND user.active AND user.token_version = :ver', { userId: claims.sub, ver: claims.ver })
      .andWhere('EXISTS (SELECT 1 FROM auth_session s WHERE s.id = :sid AND s.user_id = user.id AND s.ended_at IS NULL)', { sid: claims.sid })
      .getOne();
    if (!user) return undefined;
    return {
      kind: 'USER',
      id: user.id,
      email: user.email,
      role: user.role,
      stateId: user.stateId,
      stateCode: user.state?.code ?? null,
      sessionId: claims.sid,
      mustEnrolSecondFactor: this.config.secretariatTotpRequired && user.role === Role.SECRETARIAT && !user.totpEnabledAt,
    };
  }

  /** For sign-in only: the one place the password hash is read. */
  findForLogin(email: string): Promise<UserEntity | null> {
    return this.repository
      .createQueryBuilder('user')
      .addSelect(['user.passwordHash', 'user.totpSecret', 'user.totpLastStep'])
      .where('user.email = :email', { email: email.trim().toLowerCase() })
      .getOne();
  }

  async byId(actor: Actor, id: string): Promise<UserEntity> {
    this.access.assert(actor, Permission.MANAGE_REGISTRY);
    const user = await this.repository.findOneBy({ id });
    if (!user) throw notFound('User', id, AuthErrorReason.USER_NOT_FOUND);
    return user;
  }

  async list(actor: Actor, args: UsersArgs): Promise<Connection<UserEntity>> {
    this.access.assert(actor, Permission.MANAGE_REGISTRY);
    const size = pageSize(args.first);
    const [afterEmail] = (decodeCursor(args.after, 1) ?? []) as string[];
    const filter: FindOptionsWhere<UserEntity> = {
      ...(args.stateId ? { stateId: args.stateId } : {}),
      ...(args.role ? { role: args.role } : {}),
    };
    const [rows, totalCount] = await Promise.all([
      this.repository.find({
        where: afterEmail ? { ...filter, email: MoreThan(afterEmail) } : filter,
        order: { email: 'ASC' },
        take: size + 1,
      }),
      this.repository.countBy(filter),
    ]);
    return toConnection(rows, size, totalCount, (user) => [user.email], (user) => user);
  }

  async create(actor: Actor, input: CreateUserInput): Promise<UserEntity> {
    this.access.assert(actor, Permission.MANAGE_REGISTRY);
    await this.assertRoleFitsState(input.role, input.stateId ?? null);
    const passwordHash = await this.hasher.hash(input.password);
    return this.db.transaction((manager) => this.insert(manager, actor, input, passwordHash, AuthAuditAction.USER_CREATED));
  }

  /**
   * Creates the account and mails the person a link to choose their own password, in one transaction: the account,
   * the link and the mail exist together or not at all. Until the link is used nobody can sign in, because the
   * stored hash is of random bytes that were never kept.
   */
  async invite(actor: Actor, input: InviteUserInput): Promise<UserEntity> {
    this.access.assert(actor, Permission.MANAGE_REGISTRY);
    await this.assertRoleFitsState(input.role, input.stateId ?? null);
    const passwordHash = await this.hasher.hash(randomBytes(32).toString('base64url'));
    return this.db.transaction(async (manager) => {
      const user = await this.insert(manager, actor, input, passwordHash, AuthAuditAction.USER_INVITED);
      await this.passwords.issueInvitation(manager, user);
      return user;
    });
  }

  private async insert(
    manager: EntityManager,
    actor: Actor,
    input: InviteUserInput,
    passwordHash: string,
    action: AuthAuditAction.USER_CREATED | AuthAuditAction.USER_INVITED,
  ): Promise<UserEntity> {
    const users = manager.getRepository(UserEntity);
    const saved = await users.save(
      users.create({ email: input.email.trim().toLowerCase(), displayName: input.displayName.trim(), role: input.role, stateId: input.stateId ?? null, passwordHash }),
    );
    const user = await users.findOneByOrFail({ id: saved.id });
    await this.audit.record(manager, actor, {
      action,
      objectType: 'user',
      objectId: user.id,
      stateId: user.stateId,
      summary: { email: user.email, displayName: user.displayName, role: user.role, stateId: user.stateId, active: user.active },
    });
    return user;
  }

  async update(actor: Actor, input: UpdateUserInput): Promise<UserEntity> {
    this.access.assert(actor, Permission.MANAGE_REGISTRY);
    return this.db.transaction(async (manager) => {
      const users = manager.getRepository(UserEntity);
      const user = await users.findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw notFound('User', input.id, AuthErrorReason.USER_NOT_FOUND);
      const before = auditedFields(user);
      if (input.displayName !== undefined) user.displayName = input.displayName.trim();
      if (input.role !== undefined) user.role = input.role;
      if (input.stateId !== undefined) user.stateId = input.stateId;
      if (input.role === Role.SECRETARIAT && input.stateId === undefined) user.stateId = null;
      if (input.active !== undefined && input.active !== user.active) {
        user.active = input.active;
        // Deactivation ends every token at once; so does reactivation, lest tokens from before the deactivation return.
        user.tokenVersion += 1;
        await endSessionsOf(manager, user.id, SessionEndReason.DEACTIVATED);
        this.revocations.announceAfterCommit(manager);
      }
      if (user.id === (actor as UserActor).id && (user.role !== Role.SECRETARIAT || !user.active)) {
        throw conflict('You cannot remove your own secretariat access', AuthErrorReason.SELF_LOCKOUT);
      }
      await this.assertRoleFitsState(user.role, user.stateId, manager.getRepository(ParticipatingStateEntity));
      await users.save(user);
      const updated = await users.findOneByOrFail({ id: user.id });
      await this.audit.record(manager, actor, {
        action: AuthAuditAction.USER_UPDATED,
        objectType: 'user',
        objectId: user.id,
        stateId: updated.stateId ?? before.stateId,
        summary: { email: updated.email, changed: changedFields(before, auditedFields(updated)) },
      });
      return updated;
    });
  }

  async updateOwnPreferences(actor: Actor, input: UpdateMyPreferencesInput): Promise<UserEntity> {
    this.access.assert(actor, Permission.OWN_ACCOUNT);
    const me = actor as UserActor;
    return this.db.transaction(async (manager) => {
      const user = await manager.findOneOrFail(UserEntity, { where: { id: me.id }, lock: { mode: 'pessimistic_write' } });
      const before = { locale: user.locale };
      if (input.locale !== undefined) user.locale = input.locale;
      await manager.save(user);
      await this.audit.record(manager, actor, {
        action: AuthAuditAction.USER_PREFERENCES_UPDATED,
        objectType: 'user',
        objectId: user.id,
        summary: { changed: changedFields(before, { locale: user.locale }) },
      });
      return manager.findOneByOrFail(UserEntity, { id: user.id });
    });
  }

  private async assertRoleFitsState(
    role: Role,
    stateId: string | null,
    states = this.db.getRepository(ParticipatingStateEntity),
  ): Promise<void> {
    if ((role === Role.SECRETARIAT) !== (stateId === null)) {
      throw badInput(
        role === Role.SECRETARIAT ? 'The secretariat belongs to no state' : 'A delegation role needs a state',
        AuthErrorReason.ROLE_STATE_MISMATCH,
        [{ field: 'stateId', message: 'must be set for delegation roles and empty for SECRETARIAT' }],
      );
    }
    if (stateId !== null && !(await states.existsBy({ id: stateId }))) {
      throw notFound('Participating state', stateId, AuthErrorReason.STATE_NOT_FOUND);
    }
  }
}

/** What an account change is audited by; the password hash never appears in the trail. */
function auditedFields(user: UserEntity) {
  return { displayName: user.displayName, role: user.role, stateId: user.stateId, active: user.active };
}
