import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { Loaders, RequestLoaders } from '@concord/shared/graphql';
import { authenticLanguageTexts } from '../languages/languages';
import { Definition } from '../releases/definition.model';
import { Entry } from '../releases/entry.model';
import { Paragraph } from '../releases/paragraph.model';
import { LanguageText } from './language-text.model';
import { RecordTranslationsInput } from './record-translations.input';
import { TranslationBatch } from './translation-batch.model';
import { TranslationsService } from './translations.service';
import { WithdrawTranslationsInput } from './withdraw-translations.input';

const inLanguage = (texts: LanguageText[], language?: string | null) => (language ? texts.filter((text) => text.language === language) : texts);

@Resolver(() => Paragraph)
export class ParagraphTextsResolver {
  constructor(private readonly translations: TranslationsService) {}

  // Not @Immutable: a delegation's translations come and go under a published release.
  @ResolveField(() => [LanguageText], { description: 'This paragraph in other languages: authentic texts first, then translations, machine ones last.' })
  async texts(@Parent() paragraph: Paragraph, @Loaders() loaders: RequestLoaders, @Args('language', { type: () => String, nullable: true }) language?: string | null): Promise<LanguageText[]> {
    if (!paragraph.releaseId || !paragraph.entryCode) return inLanguage(authenticLanguageTexts(paragraph.proposedTexts, paragraph.text), language);
    const texts = await loaders.get(this.translations.textsOf).load({ releaseId: paragraph.releaseId, code: paragraph.entryCode });
    return inLanguage(texts.paragraphs.get(paragraph.position) ?? [], language);
  }
}

@Resolver(() => Definition)
export class DefinitionTextsResolver {
  constructor(private readonly translations: TranslationsService) {}

  @ResolveField(() => [LanguageText], { description: 'The definition in other languages, in the order of Paragraph.texts.' })
  async texts(@Parent() definition: Definition, @Loaders() loaders: RequestLoaders, @Args('language', { type: () => String, nullable: true }) language?: string | null): Promise<LanguageText[]> {
    return inLanguage((await loaders.get(this.translations.definitionTextsOf).load(definition.releaseId)).get(definition.term) ?? [], language);
  }
}

@Resolver(() => Entry)
export class EntryTextsResolver {
  constructor(private readonly translations: TranslationsService) {}

  @ResolveField(() => [LanguageText], { description: 'The heading in other languages, in the order of Paragraph.texts.' })
  async headingTexts(@Parent() entry: Entry, @Loaders() loaders: RequestLoaders, @Args('language', { type: () => String, nullable: true }) language?: string | null): Promise<LanguageText[]> {
    return inLanguage((await loaders.get(this.translations.textsOf).load({ releaseId: entry.releaseId, code: entry.code })).heading, language);
  }

  @Mutation(() => TranslationBatch, { description: "Records translations by the caller's delegation, for information: never authentic." })
  @Authorize(Permission.RECORD_TRANSLATIONS)
  recordTranslations(@CurrentActor() actor: Actor, @Args('input') input: RecordTranslationsInput): Promise<TranslationBatch> {
    return this.translations.record(actor, input);
  }

  @Mutation(() => TranslationBatch)
  @Authorize(Permission.RECORD_TRANSLATIONS)
  withdrawTranslations(@CurrentActor() actor: Actor, @Args('input') input: WithdrawTranslationsInput): Promise<TranslationBatch> {
    return this.translations.withdraw(actor, input);
  }
}
