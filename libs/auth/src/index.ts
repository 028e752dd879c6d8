export * from './lib/acting-heads/acting-head.entity';
export * from './lib/acting-heads/acting-heads.service';
export * from './lib/api-clients/api-client.entity';
export { ApiClient } from './lib/api-clients/api-client.model';
export * from './lib/authentication/login-failure.entity';
export * from './lib/audit/audit-trail';
export * from './lib/audit/changed-fields';
export * from './lib/auth.module';
export * from './lib/auth-constraint-errors';
export * from './lib/authentication/credential';
export * from './lib/authentication/credential-revocations';
export * from './lib/authentication/credentials-verifier';
export * from './lib/authorization/access-policy';
export * from './lib/authorization/actor';
export * from './lib/authorization/authorize.decorator';
export * from './lib/authorization/current-actor.decorator';
export * from './lib/authorization/permission';
export * from './lib/states/participating-state.entity';
export * from './lib/states/participating-state.model';
export * from './lib/states/states.service';
export * from './lib/users/user.entity';
export * from './lib/users/user.model';
export * from './lib/users/users.service';
export * from './lib/auth-error-reason';
export * from './lib/auth-audit-action';
import { ActingHeadEntity } from './lib/acting-heads/acting-head.entity';
import { ApiClientEntity } from './lib/api-clients/api-client.entity';
import { LoginFailureEntity } from './lib/authentication/login-failure.entity';
import { ParticipatingStateEntity } from './lib/states/participating-state.entity';
import { UserEntity } from './lib/users/user.entity';
import { PasswordResetEntity } from './lib/passwords/password-reset.entity';
import { RecoveryCodeEntity } from './lib/second-factor/recovery-code.entity';
import { RefreshTokenEntity } from './lib/sessions/refresh-token.entity';
import { SessionEntity } from './lib/sessions/session.entity';

export const AUTH_ENTITIES = [
  ParticipatingStateEntity,
  UserEntity,
  ApiClientEntity,
  LoginFailureEntity,
  ActingHeadEntity,
  SessionEntity,
  RefreshTokenEntity,
  PasswordResetEntity,
  RecoveryCodeEntity,
];
