import { Field, Int, ObjectType } from '@nestjs/graphql';
import { WebhookAttemptEntity } from './webhook-attempt.entity';

@ObjectType()
export class WebhookAttempt {
  @Field(() => Int)
  number: number;

  @Field()
  attemptedAt: Date;

  @Field(() => Int, { nullable: true })
  statusCode: number | null;

  @Field(() => String, { nullable: true })
  error: string | null;

  @Field(() => Int)
  durationMs: number;

  static from(entity: WebhookAttemptEntity): WebhookAttempt {
    const { number, attemptedAt, statusCode, error, durationMs } = entity;
    return Object.assign(new WebhookAttempt(), { number, attemptedAt, statusCode, error, durationMs });
  }
}
