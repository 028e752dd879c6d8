import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphQLContext } from '@concord/shared/graphql';
import { ApiClient } from '../api-clients/api-client.model';
import { Actor } from '../authorization/actor';
import { Authorize, Public } from '../authorization/authorize.decorator';
import { CurrentActor } from '../authorization/current-actor.decorator';
import { Permission } from '../authorization/permission';
import { ParticipatingState } from '../states/participating-state.model';
import { User } from '../users/user.model';
import { AuthenticationService } from './authentication.service';
import { LoginInput } from './login.input';
import { LoginPayload } from './login.payload';
import { Me, PrincipalKind } from './me.model';

@Resolver()
export class AuthenticationResolver {
  constructor(private readonly authentication: AuthenticationService) {}

  @Mutation(() => LoginPayload, { description: 'Signs a person in. Failed attempts are limited per account and per address.' })
  @Public()
  async login(@Args('input') input: LoginInput, @Context() context: GraphQLContext): Promise<LoginPayload> {
    const signedIn = await this.authentication.login(input, context.req.ip ?? 'unknown');
    return { accessToken: signedIn.accessToken, expiresAt: signedIn.expiresAt, user: User.from(signedIn.user) };
  }

  @Query(() => Me)
  @Authorize(Permission.AUTHENTICATED)
  async me(@CurrentActor() actor: Actor): Promise<Me> {
    const principal = await this.authentication.principal(actor);
    return {
      kind: principal.user ? PrincipalKind.USER : PrincipalKind.API_CLIENT,
      user: principal.user && User.from(principal.user),
      apiClient: principal.apiClient && ApiClient.from(principal.apiClient),
      state: principal.state && ParticipatingState.from(principal.state),
    };
  }
}
