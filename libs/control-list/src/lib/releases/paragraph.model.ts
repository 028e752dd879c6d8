import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Immutable } from '@concord/shared/graphql';
import type { AuthenticTexts, ParagraphKind } from '../list-document';
import { ParagraphKindEnum } from './control-list.enums';

@ObjectType({ description: 'A paragraph of an entry, in document order.' })
export class Paragraph {
  /** Keys for the batch-loaded texts in other languages, for a paragraph of a release. */
  releaseId?: string;
  entryCode?: string;
  /** A proposed paragraph's texts in other languages, which are in no release yet. */
  proposedTexts?: AuthenticTexts;

  @Immutable()
  @Field(() => Int, { description: 'Order within the entry, from 0.' })
  position: number;

  @Immutable()
  @Field({ description: 'e.g. 5A001.j.1.a; a note carries the path of the paragraph it belongs to.' })
  path: string;

  @Immutable()
  @Field(() => ParagraphKindEnum)
  kind: ParagraphKind;

  @Immutable()
  @Field()
  text: string;
}
