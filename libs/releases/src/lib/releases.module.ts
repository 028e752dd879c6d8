import { Module, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuthModule } from '@concord/auth';
import { registerReleaseSealer } from '@concord/control-list';
import { CONCORD_CONFIG, ConcordConfig } from '@concord/shared/config';
import { ReleaseSealing } from './documents/release-sealing';
import { ReleaseDocumentCache } from './download/release-document-cache';
import { ReleaseDownloadController } from './download/release-download.controller';
import { ReleaseFastPath } from './download/release-fast-path';
import { ReleaseEventsResolver } from './events/release-events.resolver';
import { ReleasePublicationResolver } from './publishing/release-publication.resolver';
import { ReleasePublicationService } from './publishing/release-publication.service';
import { ReleasePullCachePlugin } from './pull-cache/release-pull-cache.plugin';
import { ReleaseChangeRedlineResolver } from './pull/release-change-redline.resolver';
import { ReleasePullResolver } from './pull/release-pull.resolver';
import { ReleasePullService } from './pull/release-pull.service';
import { SigningKeyring } from './signing/signing-keyring';

/** Release composition and publication, signed canonical documents, and the pull API around them (DESIGN §6). */
@Module({
  imports: [AuthModule],
  controllers: [ReleaseDownloadController],
  providers: [
    { provide: SigningKeyring, useFactory: (config: ConcordConfig) => SigningKeyring.fromConfig(config), inject: [CONCORD_CONFIG] },
    { provide: ReleaseSealing, useFactory: (keyring: SigningKeyring) => new ReleaseSealing(keyring), inject: [SigningKeyring] },
    ReleasePublicationService,
    ReleasePullService,
    ReleaseDocumentCache,
    ReleaseFastPath,
    ReleasePublicationResolver,
    ReleasePullResolver,
    ReleaseChangeRedlineResolver,
    ReleasePullCachePlugin,
    ReleaseEventsResolver,
  ],
  exports: [ReleaseSealing, SigningKeyring, ReleasePublicationService, ReleasePullService],
})
export class ReleasesModule implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sealing: ReleaseSealing,
  ) {}

  /** From here on, baseline imports on the API's database (seed, tests, the importer) are sealed with our key. */
  onModuleInit(): void {
    registerReleaseSealer(this.db, this.sealing);
  }
}
