// Lets Node require Concord's TypeScript straight from source: SWC transpiles (keeping the decorator metadata that
// NestJS and TypeORM need) and tsconfig paths resolve the @concord/* libraries.
const path = require('node:path');
const root = path.resolve(__dirname, '..');
process.env.TS_NODE_PROJECT = path.join(root, 'tsconfig.json');
process.env.TS_NODE_TRANSPILE_ONLY = 'true';
process.env.TS_NODE_SWC = 'true';
require('ts-node/register');
require('tsconfig-paths').register({
  baseUrl: root,
  paths: require(path.join(root, 'tsconfig.base.json')).compilerOptions.paths,
});
