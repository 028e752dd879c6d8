import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsUrl, MaxLength, ValidateNested } from 'class-validator';
import { ReleaseScopeInput } from '../scopes/release-scope.input';
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

  @Field(() => ReleaseScopeInput, {
    nullable: true,
    description: 'Only this subtree: each publication is delivered as the signed delta of its entries (nothing when none changed) instead of the notice.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReleaseScopeInput)
  scope?: ReleaseScopeInput | null;
}
