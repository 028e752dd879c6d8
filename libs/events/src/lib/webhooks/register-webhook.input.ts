import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsUrl, MaxLength } from 'class-validator';
import { WebhookEvent } from './webhook.entity';

registerEnumType(WebhookEvent, { name: 'WebhookEvent', description: 'Events a machine client can be called back on.' });

@InputType()
export class RegisterWebhookInput {
  @Field({ description: 'Where to POST. https in production.' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  @MaxLength(2000)
  url: string;

  @Field(() => [WebhookEvent])
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsEnum(WebhookEvent, { each: true })
  events: WebhookEvent[];
}
