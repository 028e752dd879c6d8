export * from './lib/api-clients/api-client.entity';
export * from './lib/authentication/login-failure.entity';
export * from './lib/auth.module';
export * from './lib/authorization/access-policy';
export * from './lib/authorization/actor';
export * from './lib/authorization/authorize.decorator';
export * from './lib/authorization/current-actor.decorator';
export * from './lib/authorization/permission';
export * from './lib/states/participating-state.entity';
export * from './lib/states/participating-state.model';
export * from './lib/users/user.entity';
export * from './lib/users/user.model';
import { ApiClientEntity } from './lib/api-clients/api-client.entity';
import { LoginFailureEntity } from './lib/authentication/login-failure.entity';
import { ParticipatingStateEntity } from './lib/states/participating-state.entity';
import { UserEntity } from './lib/users/user.entity';

export const AUTH_ENTITIES = [ParticipatingStateEntity, UserEntity, ApiClientEntity, LoginFailureEntity];
