export * from './lib/data-directory';
export * from './lib/data-source';
export * from './lib/database-reachability';
export * from './lib/embedded-postgres';
export * from './lib/snake-naming.strategy';
export * from './lib/open-database';
export * from './lib/outbox-poller';
