export * from './lib/database-errors';
export * from './lib/errors';
export * from './lib/format-error';
export * from './lib/loaders';
export * from './lib/pagination';
export * from './lib/parse-id.pipe';
export * from './lib/request-context';
export * from './lib/validation';
