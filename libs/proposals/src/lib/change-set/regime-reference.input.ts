import { Field, InputType } from '@nestjs/graphql';
import { Length } from 'class-validator';
import { LIST_LIMITS } from '@concord/control-list';

@InputType()
export class RegimeReferenceInput {
  @Field({ description: 'The regime\'s code: WA, EU, US-CCL, USML, MTCR, NSG, AG or CWC (see listVocabulary).' })
  @Length(1, 20)
  regime: string;

  @Field()
  @Length(1, LIST_LIMITS.referenceCodeLength)
  code: string;
}
