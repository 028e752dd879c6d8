import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SessionEntity } from './session.entity';

@ObjectType({ description: 'One signed-in device of mine.' })
export class Session {
  @Field(() => ID)
  id: string;

  @Field()
  createdAt: Date;

  @Field()
  lastUsedAt: Date;

  @Field()
  expiresAt: Date;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field({ description: 'The session this request was made in.' })
  current: boolean;

  static from(entity: SessionEntity, currentSessionId?: string): Session {
    return Object.assign(new Session(), {
      id: entity.id,
      createdAt: entity.createdAt,
      lastUsedAt: entity.lastUsedAt,
      expiresAt: entity.expiresAt,
      userAgent: entity.userAgent,
      current: entity.id === currentSessionId,
    });
  }
}
