import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { DevMailOutboxArgs } from './dev-mail-outbox.args';
import { DevMailOutboxService } from './dev-mail-outbox.service';
import { OutboxMail } from './outbox-mail.model';

@Resolver()
export class DevMailOutboxResolver {
  constructor(private readonly outbox: DevMailOutboxService) {}

  @Query(() => [OutboxMail], { description: 'Development only (no SMTP_URL): the mail written to the outbox folder, newest first; mine, or all for the secretariat.' })
  @Authorize(Permission.OWN_ACCOUNT)
  async devMailOutbox(@CurrentActor() actor: Actor, @Args() args: DevMailOutboxArgs): Promise<OutboxMail[]> {
    return (await this.outbox.list(actor, args.first)).map(OutboxMail.from);
  }
}
