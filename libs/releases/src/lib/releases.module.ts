import { Module } from '@nestjs/common';
import { AuthModule } from '@concord/auth';
import { CONCORD_CONFIG, ConcordConfig } from '@concord/shared/config';
import { ControlListImporter } from './baseline/control-list-importer';
import { ReleaseDocumentCache } from './download/release-document-cache';
import { ReleaseDownloadController } from './download/release-download.controller';
import { ReleaseFastPath } from './download/release-fast-path';
import { ReleaseDeltaResolver } from './deltas/release-delta.resolver';
import { ReleaseDeltaService } from './deltas/release-delta.service';
import { ReleaseEventsResolver } from './events/release-events.resolver';
import { ReleaseCacheStatistics } from './release-cache-statistics';
import { ReleasePublicationResolver } from './publishing/release-publication.resolver';
import { SnapshotTallies } from './composition/snapshot-tallies';
import { ReleasePublicationService } from './publishing/release-publication.service';
import { ReleaseInForce } from './pull-cache/release-in-force';
import { ReleasePullCachePlugin } from './pull-cache/release-pull-cache.plugin';
import { ReleaseQueryFront } from './pull-cache/release-query-front';
import { ReleaseResponseStore } from './pull-cache/release-response-store';
import { ReleaseChangeMeaningResolver } from './pull/release-change-meaning.resolver';
import { ReleaseChangeRedlineResolver } from './pull/release-change-redline.resolver';
import { ReleasePullResolver } from './pull/release-pull.resolver';
import { ReleasePullService } from './pull/release-pull.service';
import { EntryProofResolver } from './integrity/entry-proof.resolver';
import { ReleaseHeadResolver } from './integrity/release-head.resolver';
import { ReleaseIntegrityModule } from './integrity/release-integrity.module';
import { ReleaseProofService } from './integrity/release-proof.service';
import { SigningKeyring } from './signing/signing-keyring';
import { TimestampService } from './trust/timestamp.service';
import { TrustController } from './trust/trust.controller';
import { TrustResolver } from './trust/trust.resolver';
import { TrustStore } from './trust/trust-store';
import { ReleaseWriter } from './writing/release-writer';

/**
 * Every release write (baseline import and publication, through the one ReleaseWriter), signed canonical documents,
 * and the pull API around them (DESIGN §6).
 */
@Module({
  imports: [AuthModule, ReleaseIntegrityModule],
  controllers: [TrustController, ReleaseDownloadController],
  providers: [
    { provide: SigningKeyring, useFactory: (config: ConcordConfig) => SigningKeyring.fromConfig(config), inject: [CONCORD_CONFIG] },
    { provide: TrustStore, useFactory: (config: ConcordConfig, keyring: SigningKeyring) => TrustStore.fromConfig(config, keyring), inject: [CONCORD_CONFIG, SigningKeyring] },
    TimestampService,
    TrustResolver,
    ReleaseWriter,
    ControlListImporter,
    ReleasePublicationService,
    SnapshotTallies,
    ReleasePullService,
    ReleaseCacheStatistics,
    ReleaseDocumentCache,
    ReleaseFastPath,
    ReleasePublicationResolver,
    ReleasePullResolver,
    ReleaseChangeRedlineResolver,
    ReleaseChangeMeaningResolver,
    ReleaseInForce,
    ReleaseResponseStore,
    ReleasePullCachePlugin,
    ReleaseQueryFront,
    ReleaseEventsResolver,
    ReleaseDeltaService,
    ReleaseDeltaResolver,
    ReleaseProofService,
    EntryProofResolver,
    ReleaseHeadResolver,
  ],
  exports: [ReleaseCacheStatistics, ReleaseQueryFront, SigningKeyring, TrustStore, ControlListImporter, ReleasePublicationService, ReleasePullService],
})
export class ReleasesModule {}
