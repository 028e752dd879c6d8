import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsUUID, Length } from 'class-validator';
import { ApiClientScope } from './api-client.entity';

@InputType()
export class CreateApiClientInput {
  @Field(() => ID)
  @IsUUID()
  stateId: string;

  @Field({ description: 'What the system is, e.g. "METI licensing system".' })
  @Length(1, 120)
  name: string;

  @Field(() => [ApiClientScope], { defaultValue: [ApiClientScope.RELEASES_READ] })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsEnum(ApiClientScope, { each: true })
  scopes: ApiClientScope[];
}
