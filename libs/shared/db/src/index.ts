export * from './lib/data-source';
export * from './lib/embedded-postgres';
export * from './lib/snake-naming.strategy';
export * from './lib/open-database';
