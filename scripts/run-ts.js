#!/usr/bin/env node
// Runs a TypeScript entry point straight from source: SWC transpiles (keeping decorator metadata, which
// NestJS and TypeORM need) and tsconfig paths resolve the @concord/* libraries. No build step to forget.
const path = require('node:path');
const root = path.resolve(__dirname, '..');
process.env.TS_NODE_PROJECT = path.join(root, 'tsconfig.json');
process.env.TS_NODE_TRANSPILE_ONLY = 'true';
process.env.TS_NODE_SWC = 'true';
process.env.NX_NO_CLOUD = 'true';
process.env.NX_DAEMON = 'false';
require('ts-node/register');
require('tsconfig-paths').register({
  baseUrl: root,
  paths: require(path.join(root, 'tsconfig.base.json')).compilerOptions.paths,
});
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: run-ts.js <entry.ts> [args...]');
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(root, entry), ...args];
require(path.resolve(root, entry));
