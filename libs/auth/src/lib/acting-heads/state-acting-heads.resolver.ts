import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@concord/shared/graphql';
import { Actor } from '../authorization/actor';
import { CurrentActor } from '../authorization/current-actor.decorator';
import { ParticipatingState } from '../states/participating-state.model';
import { ActingHead } from './acting-head.model';
import { ActingHeadsService } from './acting-heads.service';

@Resolver(() => ParticipatingState)
export class StateActingHeadsResolver {
  constructor(private readonly appointments: ActingHeadsService) {}

  @ResolveField(() => [ActingHead], { description: 'Acting heads named and not yet over (current and upcoming), soonest first. Participants only.' })
  async actingHeads(@CurrentActor() actor: Actor, @Parent() state: ParticipatingState, @Loaders() loaders: RequestLoaders): Promise<ActingHead[]> {
    this.appointments.assertReader(actor);
    const now = new Date();
    return (await loaders.get(this.appointments.comingByState).load(state.id)).map((appointment) => ActingHead.from(appointment, now));
  }
}
