import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';
import { unauthenticated } from '@concord/shared/graphql';
import { ApiClientEntity } from '../api-clients/api-client.entity';
import { Actor } from '../authorization/actor';
import { ParticipatingStateEntity } from '../states/participating-state.entity';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { AccessTokenClaims } from './jwt.strategy';
import { LoginInput } from './login.input';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';

export interface SignedIn {
  accessToken: string;
  expiresAt: Date;
  user: UserEntity;
}

export interface Principal {
  user: UserEntity | null;
  apiClient: ApiClientEntity | null;
  state: ParticipatingStateEntity | null;
}

@Injectable()
export class AuthenticationService {
  constructor(
    @InjectConfig() private readonly config: ConcordConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UsersService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly jwt: JwtService,
  ) {}

  /** One answer for an unknown email, a wrong password and a deactivated account, in the same time. */
  async login(input: LoginInput, address: string): Promise<SignedIn> {
    await this.throttle.assertAllowed(input.email, address);
    const user = await this.users.findForLogin(input.email);
    const valid = await this.hasher.verify(input.password, user?.passwordHash);
    if (!user || !valid || !user.active) {
      await this.throttle.recordFailure(input.email, address);
      throw unauthenticated('The email or password is not correct', 'INVALID_CREDENTIALS');
    }
    const claims: AccessTokenClaims = { sub: user.id };
    const accessToken = await this.jwt.signAsync(claims, {
      secret: this.config.jwtSecret,
      expiresIn: this.config.jwtTtlSeconds,
      issuer: 'concord',
      audience: 'concord-api',
      algorithm: 'HS256',
    });
    return { accessToken, expiresAt: new Date(Date.now() + this.config.jwtTtlSeconds * 1000), user };
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
