import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConflictKind } from '../composition/compose-release';

registerEnumType(ConflictKind, { name: 'ReleaseConflictKind' });

@ObjectType({ description: 'Why a composed list cannot be published as it stands.' })
export class ReleaseConflict {
  @Field(() => ConflictKind)
  kind: ConflictKind;

  @Field(() => String, { nullable: true })
  code: string | null;

  @Field(() => String, { nullable: true })
  term: string | null;

  @Field(() => [String], { description: 'References of the proposals involved, earliest adopted first.' })
  proposals: string[];

  @Field()
  message: string;
}
