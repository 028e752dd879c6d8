import { Field, ObjectType } from '@nestjs/graphql';
import { ApiClient } from './api-client.model';

@ObjectType()
export class CreateApiClientPayload {
  @Field(() => ApiClient)
  apiClient: ApiClient;

  @Field({ description: 'The API key. Shown this once and never again: only its hash is kept.' })
  apiKey: string;
}
