import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor } from '../authorization/actor';
import { AllowDuringEnrolment, Authorize } from '../authorization/authorize.decorator';
import { CurrentActor } from '../authorization/current-actor.decorator';
import { Permission } from '../authorization/permission';
import { User } from '../users/user.model';
import { ConfirmTotpInput } from './confirm-totp.input';
import { DisableTotpInput } from './disable-totp.input';
import { RecoveryCodes } from './recovery-codes.model';
import { SecondFactorService } from './second-factor.service';
import { TotpEnrolment } from './totp-enrolment.model';

@Resolver()
export class SecondFactorResolver {
  constructor(private readonly secondFactor: SecondFactorService) {}

  @Mutation(() => TotpEnrolment, { description: 'Offers a TOTP secret and its QR code; nothing changes until confirmTotpEnrolment.' })
  @Authorize(Permission.OWN_ACCOUNT)
  @AllowDuringEnrolment()
  async beginTotpEnrolment(@CurrentActor() actor: Actor): Promise<TotpEnrolment> {
    return Object.assign(new TotpEnrolment(), await this.secondFactor.begin(actor));
  }

  @Mutation(() => RecoveryCodes, { description: 'Turns the second factor on with a current code; answers the recovery codes, shown once.' })
  @Authorize(Permission.OWN_ACCOUNT)
  @AllowDuringEnrolment()
  async confirmTotpEnrolment(@CurrentActor() actor: Actor, @Args('input') input: ConfirmTotpInput): Promise<RecoveryCodes> {
    return Object.assign(new RecoveryCodes(), { codes: await this.secondFactor.confirm(actor, input) });
  }

  @Mutation(() => User, { description: 'Turns the second factor off (not for the secretariat where it is required).' })
  @Authorize(Permission.OWN_ACCOUNT)
  async disableTotp(@CurrentActor() actor: Actor, @Args('input') input: DisableTotpInput): Promise<User> {
    return User.from(await this.secondFactor.disable(actor, input));
  }
}
