import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsString, Length } from 'class-validator';
import { RecordedStatus, TextStatus } from '../translations/text-status';

@InputType({ description: "An XLIFF file a translator hands back, recorded as the caller's delegation's translations of that release's texts." })
export class ImportTranslationsInput {
  @Field({ description: 'The release the file translates, e.g. 2026.0: its English is what the file is checked against.' })
  @IsString()
  @Length(1, 40)
  version: string;

  @Field({ description: 'The language of the targets: fr, ja, pt-BR; never en.' })
  @IsString()
  @Length(2, 12)
  language: string;

  @Field({ description: 'The XLIFF 2.1, 2.0 or 1.2 document, at most 8 MiB (UTF-8).' })
  @IsString()
  xliff: string;

  @Field(() => TextStatus, { defaultValue: TextStatus.TRANSLATION, description: 'TRANSLATION or MACHINE; AUTHENTIC texts come only through proposals.' })
  @IsIn([TextStatus.TRANSLATION, TextStatus.MACHINE])
  status: RecordedStatus;

  @Field({ defaultValue: false, description: 'Check and report only; record nothing.' })
  @IsBoolean()
  dryRun: boolean;
}
