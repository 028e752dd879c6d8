import { Field, ObjectType } from '@nestjs/graphql';
import { Position } from '../decision/ballot-terms';
import { BallotPositionChangeEntity } from './ballot-position-change.entity';
import { BallotPositionEntity } from './ballot-position.entity';

@ObjectType({ description: 'One earlier or current position of a state in a ballot.' })
export class BallotPositionChange {
  @Field(() => Position)
  position: Position;

  @Field(() => String, { nullable: true })
  statement: string | null;

  @Field()
  castAt: Date;

  static from(entity: BallotPositionChangeEntity): BallotPositionChange {
    return Object.assign(new BallotPositionChange(), { position: entity.position, statement: entity.statement, castAt: entity.castAt });
  }
}

@ObjectType({ description: "A state's standing position in a ballot, taken by its head of delegation." })
export class BallotPosition {
  @Field(() => Position)
  position: Position;

  @Field(() => String, { nullable: true })
  statement: string | null;

  @Field({ description: 'When the standing position was taken.' })
  castAt: Date;

  ballotId: string;
  stateId: string;

  static from(entity: BallotPositionEntity): BallotPosition {
    return Object.assign(new BallotPosition(), {
      position: entity.position,
      statement: entity.statement,
      castAt: entity.castAt,
      ballotId: entity.ballotId,
      stateId: entity.stateId,
    });
  }
}
