import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Authorize, CurrentActor, Permission } from '@concord/auth';
import { ImportTranslationsInput } from './import-translations.input';
import { TranslationExchangeInput } from './translation-exchange.input';
import { TranslationExchange } from './translation-exchange.model';
import { TranslationExchangeService } from './translation-exchange.service';
import { TranslationImport } from './translation-import.model';

/** XLIFF for translators who work in CAT tools (docs/translations-xliff.md). */
@Resolver()
export class TranslationExchangeResolver {
  constructor(private readonly exchange: TranslationExchangeService) {}

  // Not @Immutable: the targets are the delegation's translations, which come and go under a published release.
  @Query(() => TranslationExchange, { description: "A release's texts as XLIFF for translators into one language, with the authentic texts and the caller's delegation's translations as targets." })
  @Authorize(Permission.READ_RELEASES)
  translationExchange(@CurrentActor() actor: Actor, @Args('input') input: TranslationExchangeInput): Promise<TranslationExchange> {
    return this.exchange.export(actor, input);
  }

  @Mutation(() => TranslationImport, { description: "Checks an XLIFF file against a release and records the units it can take as the caller's delegation's translations; a row-by-row defect report." })
  @Authorize(Permission.RECORD_TRANSLATIONS)
  importTranslations(@CurrentActor() actor: Actor, @Args('input') input: ImportTranslationsInput): Promise<TranslationImport> {
    return this.exchange.import(actor, input);
  }
}
