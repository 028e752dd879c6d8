export * from './entities';
export * from './migrations';
export * from './seeds/demo-seed';
export * from './seeds/control-list-seed';
export * from './seeds/demo-negotiation-seed';
export * from './seeds/demo-implementation-seed';
export * from './seeds/demo-translation-seed';
