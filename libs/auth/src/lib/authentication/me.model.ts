import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiClient } from '../api-clients/api-client.model';
import { ParticipatingState } from '../states/participating-state.model';
import { User } from '../users/user.model';

export enum PrincipalKind {
  USER = 'USER',
  API_CLIENT = 'API_CLIENT',
}
registerEnumType(PrincipalKind, { name: 'PrincipalKind' });

@ObjectType({ description: 'Who is calling: a person or a machine client, and the state it acts for.' })
export class Me {
  @Field(() => PrincipalKind)
  kind: PrincipalKind;

  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => ApiClient, { nullable: true })
  apiClient: ApiClient | null;

  @Field(() => ParticipatingState, { nullable: true, description: 'Null for the secretariat.' })
  state: ParticipatingState | null;
}
