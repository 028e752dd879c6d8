import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, UserActor } from '../authorization/actor';
import { Authorize } from '../authorization/authorize.decorator';
import { CurrentActor } from '../authorization/current-actor.decorator';
import { Permission } from '../authorization/permission';
import { RevokeSessionInput } from './revoke-session.input';
import { Session } from './session.model';
import { SessionsService } from './sessions.service';
import { SignOutEverywherePayload } from './sign-out-everywhere.payload';

const currentSession = (actor: Actor) => (actor as UserActor).sessionId;

@Resolver()
export class SessionsResolver {
  constructor(private readonly sessions: SessionsService) {}

  @Query(() => [Session], { description: 'My signed-in devices, most recently used first.' })
  @Authorize(Permission.OWN_ACCOUNT)
  async mySessions(@CurrentActor() actor: Actor): Promise<Session[]> {
    return (await this.sessions.listOwn(actor)).map((session) => Session.from(session, currentSession(actor)));
  }

  @Mutation(() => Session, { description: 'Signs one of my devices out: its refresh token and access tokens stop working.' })
  @Authorize(Permission.OWN_ACCOUNT)
  async revokeSession(@CurrentActor() actor: Actor, @Args('input') input: RevokeSessionInput): Promise<Session> {
    return Session.from(await this.sessions.revokeOwn(actor, input.sessionId), currentSession(actor));
  }

  @Mutation(() => SignOutEverywherePayload, { description: 'Ends all my sessions and every token issued so far, open subscriptions included.' })
  @Authorize(Permission.OWN_ACCOUNT)
  async signOutEverywhere(@CurrentActor() actor: Actor): Promise<SignOutEverywherePayload> {
    return { endedSessions: await this.sessions.signOutEverywhere(actor) };
  }
}
