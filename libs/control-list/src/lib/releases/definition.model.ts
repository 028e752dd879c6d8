import { Field, ObjectType } from '@nestjs/graphql';
import { Immutable } from '@concord/shared/graphql';

@ObjectType({ description: 'A defined term of the list, e.g. "intrusion software".' })
export class Definition {
  /** Key for the batch-loaded texts in other languages. */
  releaseId: string;

  @Immutable()
  @Field()
  term: string;

  @Immutable()
  @Field()
  text: string;
}
