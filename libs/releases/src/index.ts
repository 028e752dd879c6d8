import { ReleaseChangeEntity } from './lib/changes/release-change.entity';
import { ReleaseDocumentEntity } from './lib/documents/release-document.entity';

export * from './lib/baseline/control-list-importer';
export * from './lib/changes/list-diff';
export * from './lib/changes/release-change.entity';
export * from './lib/composition/compose-release';
export * from './lib/documents/release-document';
export * from './lib/documents/release-document.entity';
export type { Provenance, SealedRelease } from './lib/documents/release-sealing';
export * from './lib/documents/verify-release-document';
export * from './lib/publishing/release-publication.service';
export { VERDICT_TTL_MS } from './lib/pull-cache/release-reader-check';
export * from './lib/pull/release-pull.service';
export * from './lib/releases.module';
export * from './lib/release-cache-statistics';
export * from './lib/publishing/release-constraints';
export * from './lib/signing/release-signature';
export * from './lib/signing/signing-keyring';
export * from './lib/release-error-reason';
export * from './lib/release-audit-action';
export * from './lib/writing/release-writer';
export type { SnapshotCounts, SnapshotProgress } from './lib/writing/snapshot-writer';

export const RELEASES_ENTITIES = [ReleaseDocumentEntity, ReleaseChangeEntity];
