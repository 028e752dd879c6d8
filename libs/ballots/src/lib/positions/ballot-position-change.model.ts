import { Field, ObjectType } from '@nestjs/graphql';
import { CastCapacity, Position } from '../decision/ballot-terms';
import { BallotPositionChangeEntity } from './ballot-position-change.entity';

@ObjectType({ description: 'One earlier or current position of a state in a ballot.' })
export class BallotPositionChange {
  @Field(() => Position)
  position: Position;

  @Field(() => String, { nullable: true })
  statement: string | null;

  @Field()
  castAt: Date;

  @Field(() => CastCapacity)
  castCapacity: CastCapacity;

  castById: string;

  static from(entity: BallotPositionChangeEntity): BallotPositionChange {
    return Object.assign(new BallotPositionChange(), {
      position: entity.position,
      statement: entity.statement,
      castAt: entity.castAt,
      castCapacity: entity.castCapacity,
      castById: entity.castById,
    });
  }
}
