import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { Inbox } from './inbox.model';
import { InboxService } from './inbox.service';
import { MarkNotificationsReadInput } from './mark-notifications-read.input';
import { MyNotificationsArgs } from './my-notifications.args';
import { Notification } from './notification.model';

@Resolver()
export class InboxResolver {
  constructor(private readonly inbox: InboxService) {}

  @Query(() => Inbox, { description: 'My notifications, newest first, with the number not yet read.' })
  @Authorize(Permission.OWN_ACCOUNT)
  async myInbox(@CurrentActor() actor: Actor, @Args() args: MyNotificationsArgs): Promise<Inbox> {
    const { locale, unreadCount, page } = await this.inbox.page(actor, args);
    return {
      unreadCount,
      notifications: { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: Notification.from(edge.node, locale) })) },
    };
  }

  @Mutation(() => Int, { description: 'Marks my notifications read (or unread again); answers how many changed.' })
  @Authorize(Permission.OWN_ACCOUNT)
  async markNotificationsRead(@CurrentActor() actor: Actor, @Args('input') input: MarkNotificationsReadInput): Promise<number> {
    return this.inbox.mark(actor, input);
  }
}
