import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ActingHeadsResolver } from './acting-heads/acting-heads.resolver';
import { ActingHeadsService } from './acting-heads/acting-heads.service';
import { StateActingHeadsResolver } from './acting-heads/state-acting-heads.resolver';
import { ApiClientsResolver } from './api-clients/api-clients.resolver';
import { ApiClientsService } from './api-clients/api-clients.service';
import { AccessTokens } from './authentication/access-tokens';
import { AuthenticationGuard } from './authentication/authentication.guard';
import { AuthenticationResolver } from './authentication/authentication.resolver';
import { AuthenticationService } from './authentication/authentication.service';
import { CredentialsVerifier } from './authentication/credentials-verifier';
import { LoginThrottle } from './authentication/login-throttle';
import { PasswordHasher } from './authentication/password-hasher';
import { AccessPolicy } from './authorization/access-policy';
import { AuthorizationGuard } from './authorization/authorization.guard';
import { PasswordsResolver } from './passwords/passwords.resolver';
import { PasswordsService } from './passwords/passwords.service';
import { SecondFactorResolver } from './second-factor/second-factor.resolver';
import { SecondFactorService } from './second-factor/second-factor.service';
import { SessionsController } from './sessions/sessions.controller';
import { SessionsResolver } from './sessions/sessions.resolver';
import { SessionsService } from './sessions/sessions.service';
import { StatesResolver } from './states/states.resolver';
import { StatesService } from './states/states.service';
import { MyPreferencesResolver } from './users/my-preferences.resolver';
import { UsersResolver } from './users/users.resolver';
import { UsersService } from './users/users.service';

/**
 * People, delegations, machine clients; who they are (authentication) and what they may do (authorization).
 * Its changes are audited through the AuditTrail port, which the (global) audit module provides; its mail goes
 * through the (global) mail outbox.
 */
@Module({
  imports: [JwtModule.register({})],
  controllers: [SessionsController],
  providers: [
    AccessPolicy,
    PasswordHasher,
    LoginThrottle,
    AccessTokens,
    StatesService,
    UsersService,
    ApiClientsService,
    ActingHeadsService,
    AuthenticationService,
    SessionsService,
    PasswordsService,
    SecondFactorService,
    CredentialsVerifier,
    StatesResolver,
    UsersResolver,
    MyPreferencesResolver,
    ApiClientsResolver,
    ActingHeadsResolver,
    StateActingHeadsResolver,
    AuthenticationResolver,
    PasswordsResolver,
    SecondFactorResolver,
    SessionsResolver,
    // Order matters: establish the actor first, then check what it may do.
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: AuthorizationGuard },
  ],
  exports: [AccessPolicy, StatesService, UsersService, ActingHeadsService, PasswordHasher, CredentialsVerifier],
})
export class AuthModule {}
