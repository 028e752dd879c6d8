export * from './lib/list-document';
export * from './lib/snapshots';
export * from './lib/snapshots/release.entity';
export * from './lib/snapshots/release-entry.entity';
export * from './lib/snapshots/release-paragraph.entity';
export * from './lib/snapshots/release-reference.entity';
export * from './lib/snapshots/release-correlation.entity';
export * from './lib/snapshots/release-definition.entity';
