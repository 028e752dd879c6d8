import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ParticipatingStateEntity, StateStatus } from './participating-state.entity';

registerEnumType(StateStatus, {
  name: 'StateStatus',
  description: 'ACTIVE states take positions; OBSERVER and SUSPENDED states follow the work but do not.',
});

@ObjectType({ description: 'A state participating in the regime, with its delegation.' })
export class ParticipatingState {
  @Field(() => ID)
  id: string;

  @Field({ description: 'ISO 3166-1 alpha-2 code, e.g. JP.' })
  code: string;

  @Field()
  name: string;

  @Field(() => StateStatus)
  status: StateStatus;

  static from(entity: ParticipatingStateEntity): ParticipatingState {
    return Object.assign(new ParticipatingState(), {
      id: entity.id,
      code: entity.code,
      name: entity.name,
      status: entity.status,
    });
  }
}
