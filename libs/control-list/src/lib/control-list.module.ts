import { Module } from '@nestjs/common';
import { AuthModule } from '@concord/auth';
import { ControlListImporter } from './baseline/control-list-importer';
import { EntriesResolver } from './releases/entries.resolver';
import { EntriesService } from './releases/entries.service';
import { ReleasesResolver } from './releases/releases.resolver';
import { ReleasesService } from './releases/releases.service';
import { ListVocabularyResolver } from './vocabulary/list-vocabulary.resolver';

/** Released versions of the list and their entries: the pull API, and the baseline importer. */
@Module({
  imports: [AuthModule],
  providers: [ReleasesService, EntriesService, ControlListImporter, ReleasesResolver, EntriesResolver, ListVocabularyResolver],
  exports: [ReleasesService, EntriesService, ControlListImporter],
})
export class ControlListModule {}
