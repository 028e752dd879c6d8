export * from './entities';
export * from './migrations';
export * from './seeds/demo-seed';
