export * from './lib/clock';
export * from './lib/config';
export * from './lib/config.module';
export * from './lib/ports';
export * from './lib/startup-error';
export * from './lib/periodic-sweep';
