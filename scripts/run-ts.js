#!/usr/bin/env node
// Runs a TypeScript entry point from source (see register-ts.js): no build step to forget. The modules it loads keep
// their compiled code and resolved paths between runs (see module-cache.js).
const path = require('node:path');
process.env.NX_NO_CLOUD = 'true';
process.env.NX_DAEMON = 'false';
const { cacheDir } = require('./register-ts');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: run-ts.js <entry.ts> [args...]');
  process.exit(2);
}
const root = path.resolve(__dirname, '..');
const file = path.resolve(root, entry);
require('./module-cache').enableModuleCache({ directory: cacheDir, name: path.relative(root, file), root });
process.argv = [process.argv[0], file, ...args];
require(file);
