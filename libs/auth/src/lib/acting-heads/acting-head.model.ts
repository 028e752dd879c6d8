import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ActingHeadEntity } from './acting-head.entity';

@ObjectType({ description: "A delegate named by the head of delegation to take the state's positions for a time window." })
export class ActingHead {
  @Field(() => ID)
  id: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the head ended the appointment early.' })
  revokedAt: Date | null;

  @Field({ description: 'True while the window holds: begun, not ended, not revoked.' })
  current: boolean;

  stateId: string;
  delegateId: string;
  appointedById: string;

  static from(entity: ActingHeadEntity, now = new Date()): ActingHead {
    return Object.assign(new ActingHead(), {
      id: entity.id,
      startsAt: entity.startsAt,
      endsAt: entity.endsAt,
      revokedAt: entity.revokedAt,
      current: !entity.revokedAt && entity.startsAt <= now && now < entity.endsAt,
      stateId: entity.stateId,
      delegateId: entity.delegateId,
      appointedById: entity.appointedById,
    });
  }
}
