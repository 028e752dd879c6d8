import { Field, Int, ObjectType } from '@nestjs/graphql';
import { XliffDefectKind } from '../xliff/xliff.enums';
import { XliffFormat, XliffRejection } from './xliff-format';

@ObjectType({ description: 'One problem in an imported XLIFF file, where it is, and what it refuses.' })
export class TranslationImportDefect {
  @Field(() => XliffDefectKind)
  kind: XliffDefectKind;

  @Field({ description: '`line 12 unit 5A001.j.1.a`, or `line 2` for the file as a whole.' })
  location: string;

  @Field()
  message: string;

  @Field(() => XliffRejection)
  rejected: XliffRejection;
}

@ObjectType({ description: 'What an XLIFF import did, or with dryRun would do: units read = written + rejected.' })
export class TranslationImport {
  @Field()
  version: string;

  @Field()
  language: string;

  @Field(() => XliffFormat, { nullable: true, description: 'The version found in the file; null when it is not a file Concord reads.' })
  xliffVersion: XliffFormat | null;

  @Field()
  dryRun: boolean;

  @Field({ description: 'The delegation whose translations these are, e.g. FR.' })
  state: string;

  @Field(() => Int)
  read: number;

  @Field(() => Int, { description: 'Units recorded (with dryRun: that would be).' })
  written: number;

  @Field(() => Int)
  rejected: number;

  @Field(() => [TranslationImportDefect], { description: 'By line; drafts a tool left in state initial (NOT_TRANSLATED) last.' })
  defects: TranslationImportDefect[];
}
