import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionType, Loaders, PageArgs, RequestLoaders } from '@concord/shared/graphql';
import { Actor } from '../authorization/actor';
import { Authorize } from '../authorization/authorize.decorator';
import { CurrentActor } from '../authorization/current-actor.decorator';
import { Permission } from '../authorization/permission';
import { ParticipatingState } from '../states/participating-state.model';
import { StatesService } from '../states/states.service';
import { ApiClient } from './api-client.model';
import { CreateApiClientPayload } from './create-api-client.payload';
import { ApiClientsService } from './api-clients.service';
import { CreateApiClientInput } from './create-api-client.input';
import { RevokeApiClientInput } from './revoke-api-client.input';

export const ApiClientConnection = ConnectionType(ApiClient);
export type ApiClientConnection = InstanceType<typeof ApiClientConnection>;

@Resolver(() => ApiClient)
export class ApiClientsResolver {
  constructor(
    private readonly clients: ApiClientsService,
    private readonly states: StatesService,
  ) {}

  @Query(() => ApiClientConnection, { description: 'Machine clients. Secretariat only.' })
  @Authorize(Permission.MANAGE_REGISTRY)
  async apiClients(@CurrentActor() actor: Actor, @Args() args: PageArgs): Promise<ApiClientConnection> {
    const page = await this.clients.list(actor, args);
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: ApiClient.from(edge.node) })) };
  }

  @Mutation(() => CreateApiClientPayload, { description: 'Issues a key. The key is in this answer only.' })
  @Authorize(Permission.MANAGE_REGISTRY)
  async createApiClient(@CurrentActor() actor: Actor, @Args('input') input: CreateApiClientInput): Promise<CreateApiClientPayload> {
    const { client, apiKey } = await this.clients.create(actor, input);
    return { apiClient: ApiClient.from(client), apiKey };
  }

  @Mutation(() => ApiClient)
  @Authorize(Permission.MANAGE_REGISTRY)
  async revokeApiClient(@CurrentActor() actor: Actor, @Args('input') input: RevokeApiClientInput): Promise<ApiClient> {
    return ApiClient.from(await this.clients.revoke(actor, input.id));
  }

  @ResolveField(() => ParticipatingState)
  async state(@Parent() client: ApiClient, @Loaders() loaders: RequestLoaders): Promise<ParticipatingState> {
    return ParticipatingState.from((await loaders.get(this.states.byId).load(client.stateId))!);
  }
}
