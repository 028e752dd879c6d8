import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, ParticipatingState, Permission } from '@concord/auth';
import { Entry, Release } from '@concord/control-list';
import { ConnectionType, PageArgs } from '@concord/shared/graphql';
import { NationalImplementation } from '../records/national-implementation.model';
import { InForceInput } from './in-force.input';
import { InForce } from './in-force.model';
import { InForceAnswer, InForceService } from './in-force.service';

export const InForceEntryConnection = ConnectionType(Entry, 'InForceEntry');
export type InForceEntryConnection = InstanceType<typeof InForceEntryConnection>;

/** The answer keeps what it was computed from, so its entries are paged against the same release and state. */
type InForceParent = InForce & { answer: InForceAnswer };

@Resolver(() => InForce)
export class InForceResolver {
  constructor(private readonly inForceService: InForceService) {}

  @Query(() => InForce, { description: 'What is in force in a state on a day: the release, its national implementation, and its entries less those not transposed.' })
  @Authorize(Permission.READ_RELEASES)
  async inForce(@CurrentActor() actor: Actor, @Args('input') input: InForceInput): Promise<InForce> {
    const answer = await this.inForceService.answer(actor, input);
    return Object.assign(new InForce(), {
      answer,
      state: ParticipatingState.from(answer.state),
      on: answer.on,
      release: answer.release && Release.from(answer.release),
      implementation: answer.implementation && NationalImplementation.from(answer.implementation),
    });
  }

  @ResolveField(() => InForceEntryConnection, { description: 'In code order; NOT_TRANSPOSED entries are left out. Empty when no release is in force.' })
  async entries(@Parent() inForce: InForceParent, @Args() args: PageArgs): Promise<InForceEntryConnection> {
    const page = await this.inForceService.entries(inForce.answer, args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: Entry.from(edge.node) })) };
  }
}
