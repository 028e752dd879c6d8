import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { unauthenticated } from '@concord/shared/graphql';
import { ApiClientEntity } from '../api-clients/api-client.entity';
import { Actor } from '../authorization/actor';
import { SecondFactorService } from '../second-factor/second-factor.service';
import { IssuedSession, SessionsService } from '../sessions/sessions.service';
import { ParticipatingStateEntity } from '../states/participating-state.entity';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { LoginInput } from './login.input';
import { FailureKind, LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { AuthErrorReason } from '../auth-error-reason';

export interface Principal {
  user: UserEntity | null;
  apiClient: ApiClientEntity | null;
  state: ParticipatingStateEntity | null;
}

export interface SignInContext {
  address: string;
  userAgent?: string;
}

@Injectable()
export class AuthenticationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly secondFactor: SecondFactorService,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * One answer for an unknown email, a wrong password and a deactivated account, in the same time. An enrolled
   * account needs its second factor too: without one the answer says so (the password was right), with a wrong one
   * the failure counts against the account like a wrong password.
   */
  async login(input: LoginInput, context: SignInContext): Promise<IssuedSession> {
    await this.throttle.assertAllowed(input.email, context.address);
    const user = await this.users.findForLogin(input.email);
    const valid = await this.hasher.verify(input.password, user?.passwordHash);
    if (!user || !valid || !user.active) {
      await this.throttle.recordFailure(input.email, context.address, FailureKind.CREDENTIALS);
      throw unauthenticated('The email or password is not correct', AuthErrorReason.INVALID_CREDENTIALS);
    }
    if (user.totpEnabledAt) {
      if (!input.totpCode && !input.recoveryCode) {
        throw unauthenticated('This account has a second factor: send totpCode (or a recoveryCode) with the password', AuthErrorReason.SECOND_FACTOR_REQUIRED);
      }
      if (!(await this.secondFactor.verifyAtSignIn(user, input))) {
        await this.throttle.recordFailure(input.email, context.address, FailureKind.SECOND_FACTOR);
        throw unauthenticated('The second-factor code is not correct, or was already used', AuthErrorReason.INVALID_SECOND_FACTOR);
      }
    }
    return this.db.transaction((manager) => this.sessions.start(manager, user, context.userAgent));
  }

  async principal(actor: Actor): Promise<Principal> {
    if (actor.kind === 'ANONYMOUS') throw unauthenticated();
    const state = actor.stateId
      ? await this.db.getRepository(ParticipatingStateEntity).findOneBy({ id: actor.stateId })
      : null;
    if (actor.kind === 'USER') {
      return { user: await this.db.getRepository(UserEntity).findOneByOrFail({ id: actor.id }), apiClient: null, state };
    }
    return { user: null, apiClient: await this.db.getRepository(ApiClientEntity).findOneByOrFail({ id: actor.id }), state };
  }
}
