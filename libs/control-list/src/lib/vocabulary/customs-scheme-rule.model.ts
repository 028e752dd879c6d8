import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A customs nomenclature and the lengths its codes have.' })
export class CustomsSchemeRule {
  @Field()
  code: string;

  @Field(() => [Int], { description: 'Digits a code of this scheme has, e.g. 2, 4, 6 for HS2022.' })
  codeLengths: number[];
}
