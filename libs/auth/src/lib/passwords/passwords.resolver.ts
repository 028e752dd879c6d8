import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { ConcordConfig, InjectConfig } from '@concord/shared/config';
import { GraphQLContext } from '@concord/shared/graphql';
import { LoginPayload } from '../authentication/login.payload';
import { sessionPayload } from '../authentication/session-payload';
import { Actor } from '../authorization/actor';
import { AllowDuringEnrolment, Authorize, Public } from '../authorization/authorize.decorator';
import { CurrentActor } from '../authorization/current-actor.decorator';
import { Permission } from '../authorization/permission';
import { User } from '../users/user.model';
import { ChangePasswordInput } from './change-password.input';
import { IssuePasswordResetInput } from './issue-password-reset.input';
import { PasswordsService } from './passwords.service';
import { RequestPasswordResetInput } from './request-password-reset.input';
import { ResetPasswordInput } from './reset-password.input';

@Resolver()
export class PasswordsResolver {
  constructor(
    private readonly passwords: PasswordsService,
    @InjectConfig() private readonly config: ConcordConfig,
  ) {}

  @Mutation(() => LoginPayload, { description: 'Changes my password: every earlier token and session ends; this answers a fresh session.' })
  @Authorize(Permission.OWN_ACCOUNT)
  @AllowDuringEnrolment()
  async changePassword(@CurrentActor() actor: Actor, @Args('input') input: ChangePasswordInput, @Context() context: GraphQLContext): Promise<LoginPayload> {
    return sessionPayload(await this.passwords.change(actor, input, context.req.headers?.['user-agent']), context.res, this.config);
  }

  @Mutation(() => Boolean, { description: 'Mails a one-time reset link if the address has an active account. Always true: it does not tell who has one.' })
  @Public()
  async requestPasswordReset(@Args('input') input: RequestPasswordResetInput): Promise<boolean> {
    await this.passwords.requestReset(input);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Sets a new password with the token of a reset link (once, before it expires).' })
  @Public()
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.passwords.reset(input);
    return true;
  }

  @Mutation(() => User, { description: 'The secretariat mails a person a reset link. Secretariat only.' })
  @Authorize(Permission.MANAGE_REGISTRY)
  async issuePasswordReset(@CurrentActor() actor: Actor, @Args('input') input: IssuePasswordResetInput): Promise<User> {
    return User.from(await this.passwords.issueReset(actor, input));
  }
}
