import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { NotificationPreference } from './notification-preference.model';
import { NotificationPreferencesService } from './notification-preferences.service';
import { SetNotificationPreferenceInput } from './set-notification-preference.input';

@Resolver()
export class NotificationPreferencesResolver {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Query(() => [NotificationPreference], { description: 'How each kind of notification reaches me.' })
  @Authorize(Permission.OWN_ACCOUNT)
  async myNotificationPreferences(@CurrentActor() actor: Actor): Promise<NotificationPreference[]> {
    return (await this.preferences.mine(actor)).map((preference) => Object.assign(new NotificationPreference(), preference));
  }

  @Mutation(() => NotificationPreference, { description: 'Chooses how one kind reaches me: IMMEDIATE, DAILY, WEEKLY (with a weekday) or OFF.' })
  @Authorize(Permission.OWN_ACCOUNT)
  async setNotificationPreference(@CurrentActor() actor: Actor, @Args('input') input: SetNotificationPreferenceInput): Promise<NotificationPreference> {
    return Object.assign(new NotificationPreference(), await this.preferences.set(actor, input));
  }
}
