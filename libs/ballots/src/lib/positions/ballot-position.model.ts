import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CastCapacity, Position } from '../decision/ballot-terms';
import { BallotPositionEntity } from './ballot-position.entity';

registerEnumType(CastCapacity, { name: 'CastCapacity', description: 'Whether the head of delegation or the acting head it named took the position.' });

@ObjectType({ description: "A state's standing position in a ballot, taken by its head of delegation." })
export class BallotPosition {
  @Field(() => Position)
  position: Position;

  @Field(() => String, { nullable: true })
  statement: string | null;

  @Field({ description: 'When the standing position was taken.' })
  castAt: Date;

  @Field(() => CastCapacity, { description: 'Who took it for the state: the head of delegation or its acting head (see castBy).' })
  castCapacity: CastCapacity;

  ballotId: string;
  stateId: string;
  castById: string;

  static from(entity: BallotPositionEntity): BallotPosition {
    return Object.assign(new BallotPosition(), {
      position: entity.position,
      statement: entity.statement,
      castAt: entity.castAt,
      castCapacity: entity.castCapacity,
      ballotId: entity.ballotId,
      stateId: entity.stateId,
      castById: entity.castById,
    });
  }
}
