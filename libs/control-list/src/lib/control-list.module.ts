import { Module } from '@nestjs/common';
import { AuthModule } from '@concord/auth';
import { TranslationExchangeResolver } from './exchange/translation-exchange.resolver';
import { TranslationExchangeService } from './exchange/translation-exchange.service';
import { EntriesResolver } from './releases/entries.resolver';
import { EntriesService } from './releases/entries.service';
import { ReleasedEntries } from './releases/released-entries';
import { ReleasesResolver } from './releases/releases.resolver';
import { ReleasesService } from './releases/releases.service';
import { DefinitionTextsResolver, EntryTextsResolver, ParagraphTextsResolver } from './translations/translations.resolver';
import { TranslationsService } from './translations/translations.service';
import { ListVocabularyResolver } from './vocabulary/list-vocabulary.resolver';

/** Released versions of the list and their entries: the pull API. Releases are written by @concord/releases. */
@Module({
  imports: [AuthModule],
  providers: [ReleasesService, EntriesService, ReleasedEntries, ReleasesResolver, EntriesResolver, ListVocabularyResolver, TranslationsService, ParagraphTextsResolver, EntryTextsResolver, DefinitionTextsResolver, TranslationExchangeService, TranslationExchangeResolver],
  exports: [ReleasesService, EntriesService, TranslationsService],
})
export class ControlListModule {}
