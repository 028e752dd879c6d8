import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ApiClientEntity, ApiClientScope } from './api-client.entity';

registerEnumType(ApiClientScope, { name: 'ApiClientScope' });

@ObjectType({ description: "A member government's system (licensing, customs) that pulls the agreed list." })
export class ApiClient {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => [ApiClientScope])
  scopes: ApiClientScope[];

  @Field({ description: 'Public identifier, the part of the key after "ck_" and before the second "_".' })
  keyId: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  stateId: string;

  static from(entity: ApiClientEntity): ApiClient {
    return Object.assign(new ApiClient(), {
      id: entity.id,
      name: entity.name,
      scopes: entity.scopes,
      keyId: entity.keyId,
      createdAt: entity.createdAt,
      revokedAt: entity.revokedAt,
      lastUsedAt: entity.lastUsedAt,
      stateId: entity.stateId,
    });
  }
}
