import { Field, ObjectType } from '@nestjs/graphql';
import type { Justification as StoredJustification } from './proposal-revision.entity';

@ObjectType({ description: 'Why the item should (or should no longer) be controlled.' })
export class Justification implements StoredJustification {
  @Field({ description: 'The human-rights risk, with evidence of misuse.' })
  humanRightsRisk: string;

  @Field()
  evidenceOfMisuse: string;

  @Field()
  foreignAvailability: string;

  @Field()
  controllability: string;

  @Field()
  clarity: string;
}
