import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, Loaders, ParseIdPipe, RequestLoaders } from '@concord/shared/graphql';
import { Actor } from '../authorization/actor';
import { Authorize } from '../authorization/authorize.decorator';
import { CurrentActor } from '../authorization/current-actor.decorator';
import { Permission } from '../authorization/permission';
import { ParticipatingState } from '../states/participating-state.model';
import { StatesService } from '../states/states.service';
import { CreateUserInput } from './create-user.input';
import { InviteUserInput } from './invite-user.input';
import { UpdateUserInput } from './update-user.input';
import { User } from './user.model';
import { UsersArgs } from './users.args';
import { UsersService } from './users.service';

export const UserConnection = ConnectionType(User);
export type UserConnection = InstanceType<typeof UserConnection>;

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly users: UsersService,
    private readonly states: StatesService,
  ) {}

  @Query(() => UserConnection, { name: 'users', description: 'People, by email. Secretariat only.' })
  @Authorize(Permission.MANAGE_REGISTRY)
  async listUsers(@CurrentActor() actor: Actor, @Args() args: UsersArgs): Promise<UserConnection> {
    const page = await this.users.list(actor, args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: User.from(edge.node) })) };
  }

  @Query(() => User)
  @Authorize(Permission.MANAGE_REGISTRY)
  async user(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<User> {
    return User.from(await this.users.byId(actor, id));
  }

  @Mutation(() => User)
  @Authorize(Permission.MANAGE_REGISTRY)
  async createUser(@CurrentActor() actor: Actor, @Args('input') input: CreateUserInput): Promise<User> {
    return User.from(await this.users.create(actor, input));
  }

  @Mutation(() => User, {
    description: 'Creates an account and mails the person a one-time link to choose their own password (INVITATION_TTL_SECONDS). Secretariat only.',
  })
  @Authorize(Permission.MANAGE_REGISTRY)
  async inviteUser(@CurrentActor() actor: Actor, @Args('input') input: InviteUserInput): Promise<User> {
    return User.from(await this.users.invite(actor, input));
  }

  @Mutation(() => User)
  @Authorize(Permission.MANAGE_REGISTRY)
  async updateUser(@CurrentActor() actor: Actor, @Args('input') input: UpdateUserInput): Promise<User> {
    return User.from(await this.users.update(actor, input));
  }

  @ResolveField(() => ParticipatingState, { nullable: true, description: 'Null for the secretariat.' })
  async state(@Parent() user: User, @Loaders() loaders: RequestLoaders): Promise<ParticipatingState | null> {
    if (!user.stateId) return null;
    const state = await loaders.get(this.states.byId).load(user.stateId);
    return state && ParticipatingState.from(state);
  }
}
