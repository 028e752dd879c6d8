import { Field, ObjectType } from '@nestjs/graphql';
import { TextStatus } from './text-status';

@ObjectType({ description: 'A text in a language other than English, and how far it can be relied on.' })
export class LanguageText {
  @Field({ description: 'e.g. fr.' })
  language: string;

  @Field()
  text: string;

  @Field(() => TextStatus, { description: 'AUTHENTIC texts are law; TRANSLATION and MACHINE are for information only.' })
  status: TextStatus;

  @Field({ description: 'The English it was made from is not the English of this release: it needs revising.' })
  stale: boolean;

  @Field({ description: 'SHA-256 (hex) of the English text it renders.' })
  sourceDigest: string;

  @Field(() => String, { nullable: true, description: 'The delegation that recorded it (e.g. FR); null for an authentic text.' })
  recordedBy: string | null;

  @Field(() => Date, { nullable: true })
  recordedAt: Date | null;
}
