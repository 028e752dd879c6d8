import { Field, ObjectType } from '@nestjs/graphql';
import { Webhook } from './webhook.model';

@ObjectType()
export class RegisteredWebhook {
  @Field(() => Webhook)
  webhook: Webhook;

  @Field({ description: 'Signs every delivery (HMAC-SHA256). Shown this once: store it now.' })
  secret: string;
}
