import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';
import { GraphQLContext } from '@concord/shared/graphql';
import { ApiClient } from '../api-clients/api-client.model';
import { Actor } from '../authorization/actor';
import { AllowDuringEnrolment, Authorize, Public } from '../authorization/authorize.decorator';
import { CurrentActor } from '../authorization/current-actor.decorator';
import { Permission } from '../authorization/permission';
import { ParticipatingState } from '../states/participating-state.model';
import { User } from '../users/user.model';
import { AuthenticationService } from './authentication.service';
import { LoginInput } from './login.input';
import { LoginPayload } from './login.payload';
import { Me, PrincipalKind } from './me.model';
import { sessionPayload } from './session-payload';

@Resolver()
export class AuthenticationResolver {
  constructor(
    private readonly authentication: AuthenticationService,
    @InjectConfig() private readonly config: ConcordConfig,
  ) {}

  @Mutation(() => LoginPayload, {
    description: 'Signs a person in (with totpCode or recoveryCode once a second factor is enrolled) and sets the refresh cookie. Failed attempts are limited per account and per address.',
  })
  @Public()
  async login(@Args('input') input: LoginInput, @Context() context: GraphQLContext): Promise<LoginPayload> {
    const issued = await this.authentication.login(input, { address: context.req.ip ?? 'unknown', userAgent: context.req.headers['user-agent'] });
    return sessionPayload(issued, context.res, this.config);
  }

  @Query(() => Me)
  @Authorize(Permission.AUTHENTICATED)
  @AllowDuringEnrolment()
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
