import { Field, ObjectType } from '@nestjs/graphql';
import { ChangeClassification } from '@concord/control-list';
import { Immutable } from '@concord/shared/graphql';
import { FieldRedline } from './field-redline.model';
import { LanguageRedline } from './language-redline.model';
import { ParagraphRedline } from './paragraph-redline.model';

@ObjectType({ description: 'The change against the base release, field by field and paragraph by paragraph, word by word.' })
export class Redline {
  @Immutable()
  @Field(() => [FieldRedline])
  fields: FieldRedline[];

  @Immutable()
  @Field(() => [ParagraphRedline])
  paragraphs: ParagraphRedline[];

  @Immutable()
  @Field(() => ChangeClassification, { description: 'What the change does to what is controlled: new control, decontrol, broadened or narrowed (with the moved thresholds), …' })
  meaning: ChangeClassification;
  @Field(() => [LanguageRedline], { description: "The heading's (a definition's text's) authentic texts in other languages." })
  texts: LanguageRedline[];
}
