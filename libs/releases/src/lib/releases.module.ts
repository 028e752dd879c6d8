import { Module } from '@nestjs/common';
import { AuthModule } from '@concord/auth';
import { CONCORD_CONFIG, ConcordConfig } from '@concord/shared/config';
import { ControlListImporter } from './baseline/control-list-importer';
import { ReleaseDocumentCache } from './download/release-document-cache';
import { ReleaseDownloadController } from './download/release-download.controller';
import { ReleaseFastPath } from './download/release-fast-path';
import { ReleaseEventsResolver } from './events/release-events.resolver';
import { ReleaseCacheStatistics } from './release-cache-statistics';
import { ReleasePublicationResolver } from './publishing/release-publication.resolver';
import { ReleasePublicationService } from './publishing/release-publication.service';
import { ReleasePullCachePlugin } from './pull-cache/release-pull-cache.plugin';
import { ReleaseChangeRedlineResolver } from './pull/release-change-redline.resolver';
import { ReleasePullResolver } from './pull/release-pull.resolver';
import { ReleasePullService } from './pull/release-pull.service';
import { SigningKeyring } from './signing/signing-keyring';
import { ReleaseWriter } from './writing/release-writer';

/**
 * Every release write (baseline import and publication, through the one ReleaseWriter), signed canonical documents,
 * and the pull API around them (DESIGN §6).
 */
@Module({
  imports: [AuthModule],
  controllers: [ReleaseDownloadController],
  providers: [
    { provide: SigningKeyring, useFactory: (config: ConcordConfig) => SigningKeyring.fromConfig(config), inject: [CONCORD_CONFIG] },
    ReleaseWriter,
    ControlListImporter,
    ReleasePublicationService,
    ReleasePullService,
    ReleaseCacheStatistics,
    ReleaseDocumentCache,
    ReleaseFastPath,
    ReleasePublicationResolver,
    ReleasePullResolver,
    ReleaseChangeRedlineResolver,
    ReleasePullCachePlugin,
    ReleaseEventsResolver,
  ],
  exports: [ReleaseCacheStatistics, SigningKeyring, ControlListImporter, ReleasePublicationService, ReleasePullService],
})
export class ReleasesModule {}
